using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// What every reader checks before it makes a cube: no dimension names one category code twice
/// (a cell could not be found again), and the cells the dimensions span stay within
/// <see cref="InputLimits.MaxCubeCells"/>. The size is declared by the file, not by its length, so without the
/// limit a few bytes (JSON-stat <c>"size": [100000, 100000, 100000]</c>, or a sparse CSV with
/// many distinct codes) would overflow the cell count or ask for more memory than there is.
/// </summary>
public static class CubeShape
{
    /// <summary>The number of cells of dimensions this large, or null when it passes <see cref="InputLimits.MaxCubeCells"/>.</summary>
    public static long? CellCount(IEnumerable<long> sizes)
    {
        long product = 1;
        foreach (var size in sizes)
        {
            // The product never passes InputLimits.MaxCubeCells before multiplying, so a size up to long.MaxValue / InputLimits.MaxCubeCells cannot overflow.
            if (size < 0 || size > long.MaxValue / InputLimits.MaxCubeCells)
            {
                return null;
            }

            product *= size;
            if (product > InputLimits.MaxCubeCells)
            {
                return null;
            }
        }

        return product;
    }

    /// <summary>The message for dimensions of these sizes that pass <see cref="InputLimits.MaxCubeCells"/>.</summary>
    public static string TooMany(IEnumerable<long> sizes) =>
        Messages.Format("data.too-many-cells", ("sizes", string.Join(" × ", sizes)), ("millions", InputLimits.MaxCubeCells / 1_000_000));

    /// <summary>
    /// Reports a repeated dimension, or a repeated category code in a dimension (<c>duplicate-id</c>), and a cube with too many
    /// cells (<c>too-many-cells</c>); true when the dimensions make a usable cube.
    /// </summary>
    /// <param name="where">Where a dimension is declared in the file; null for the whole cube.</param>
    public static bool Check(IReadOnlyList<Dimension> dimensions, Func<Dimension?, SourceSpan> where, List<Diagnostic> diagnostics)
    {
        var ok = true;
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dimension in dimensions)
        {
            if (!ids.Add(dimension.Id))
            {
                diagnostics.Add(Diagnostic.Error("duplicate-id", Messages.Format("data.duplicate-dimension", ("dimension", dimension.Id)), where(dimension)));
                ok = false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (dimension.Categories.FirstOrDefault(c => !seen.Add(c.Code)) is { } repeated)
            {
                diagnostics.Add(Diagnostic.Error("duplicate-id", Messages.Format("data.duplicate-category", ("code", repeated.Code), ("dimension", dimension.Id)), where(dimension)));
                ok = false;
            }
        }

        if (CellCount(dimensions.Select(d => (long)d.Size)) is null)
        {
            diagnostics.Add(Diagnostic.Error("too-many-cells", TooMany(dimensions.Select(d => (long)d.Size)), where(null)));
            ok = false;
        }

        return ok;
    }
}

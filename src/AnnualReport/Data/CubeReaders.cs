using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>Picks the reader for a data file by its extension.</summary>
public static class CubeReaders
{
    private static readonly Dictionary<string, ICubeReader> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = new CsvCubeReader(),
        [".json"] = new JsonStatReader(),
        [".px"] = new PxReader(),
    };

    /// <summary>
    /// The number of cells dimensions of these sizes make, or null (after a <c>too-large</c>
    /// diagnostic at <paramref name="where"/>) when it passes <see cref="InputLimits.MaxCubeCells"/>:
    /// a few short lines can declare dimensions whose product overflows an int or memory.
    /// </summary>
    internal static int? CellCount(IEnumerable<int> sizes, SourceSpan where, List<Diagnostic> diagnostics)
    {
        long cells = 1;
        foreach (var size in sizes)
        {
            cells *= Math.Max(size, 0);
            if (cells > InputLimits.MaxCubeCells)
            {
                diagnostics.Add(Diagnostic.Error("too-large", $"dimensjonene gir over {InputLimits.MaxCubeCells.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"))} celler; del opp filen eller filtrer den før den lastes ned", where));
                return null;
            }
        }

        return (int)cells;
    }

    /// <summary>
    /// Why dimensions cannot make a cube, or null: two dimensions with one id (names are matched
    /// without regard to case), or a code twice in one dimension. Either would make a cell
    /// ambiguous, so the reader reports it with its own code instead of picking one.
    /// </summary>
    internal static string? ShapeProblem(IReadOnlyList<Dimension> dimensions)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dimension in dimensions)
        {
            if (!ids.Add(dimension.Id))
            {
                return $"dimensjonen «{SafeText.Excerpt(dimension.Id)}» står mer enn én gang";
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            if (dimension.Categories.FirstOrDefault(c => !codes.Add(c.Code)) is { } twice)
            {
                return $"koden «{SafeText.Excerpt(twice.Code)}» står mer enn én gang i dimensjonen «{SafeText.Excerpt(dimension.Id)}»";
            }
        }

        return null;
    }

    /// <summary>Reads any supported file. A missing file or unknown extension is a diagnostic, not an exception.</summary>
    public static DataCube? Read(string path, List<Diagnostic> diagnostics) => Read(InputFile.At(path), diagnostics);

    /// <summary>Reads any supported file, naming it in messages as <see cref="InputFile.Display"/>.</summary>
    public static DataCube? Read(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        if (!ByExtension.TryGetValue(Path.GetExtension(path), out var reader))
        {
            diagnostics.Add(Diagnostic.Error("unknown-format", $"ukjent filtype «{Path.GetExtension(path)}»; forventet .csv, .json (JSON-stat) eller .px", SourceSpan.ForFile(path)));
            return null;
        }

        if (!File.Exists(file.Path))
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", "filen finnes ikke", SourceSpan.ForFile(path)));
            return null;
        }

        try
        {
            return reader.Read(file, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", "kan ikke lese filen", SourceSpan.ForFile(path)));
            return null;
        }
    }
}

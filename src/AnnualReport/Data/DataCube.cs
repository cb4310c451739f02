using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// What every reader turns a file into: dimensions with coded categories and one cell per
/// combination, in row-major order (the last dimension varies fastest, as in JSON-stat and PX).
/// A missing value is null and keeps its status symbol.
/// </summary>
/// <param name="Format">"csv", "xlsx", "json-stat" or "px".</param>
/// <param name="TimeDimension">The id of the dimension that holds years, when the file says which.</param>
/// <param name="Decimals">The number of decimals the file says its figures have, if it says.</param>
public sealed record DataCube(
    string Format,
    string Label,
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<CubeCell?> Cells,
    string? TimeDimension,
    int? Decimals,
    SourceSpan Where)
{
    /// <summary>The separator and decimal mark a CSV file was read with; null for other formats.</summary>
    public CsvDialect? Dialect { get; init; }

    /// <summary>
    /// The header of a tidy table (CSV or sheet), every column with where it is written; null for
    /// formats whose dimensions are not columns. A mapping that names a wrong column is reported here.
    /// </summary>
    public IReadOnlyList<TableColumn>? Columns { get; init; }

    /// <summary>Where the header starts (the first line of a CSV file), for a column that is missing from it.</summary>
    public SourceSpan HeaderWhere => Columns is [var first, ..] ? first.Where with { Column = 1 } : Where;

    /// <summary>The product of the dimension sizes.</summary>
    public int Size => Dimensions.Aggregate(1, (product, d) => product * d.Size);

    /// <summary>Cells that hold a number.</summary>
    public int Present => Cells.Count(c => c?.Value is not null);

    /// <summary>How many cells carry each status symbol, by symbol in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> StatusCounts =>
        Cells.Where(c => c?.Status is not null).GroupBy(c => c!.Status!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Cells the file gives, with a figure or a symbol (a sparse file leaves the others out).</summary>
    public int Written => Cells.Count(c => c is not null);

    /// <summary>How many cells carry each flag, as the file writes it, in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> FlagCounts =>
        Cells.OfType<CubeCell>().SelectMany(c => c.Flags).GroupBy(f => f).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Where a cell's code in dimension <paramref name="dimension"/> is written, for an error about
    /// that code: its own field (CSV, sheet), else where the dimension lists its categories (PX,
    /// JSON-stat), else the cell's value.
    /// </summary>
    public SourceSpan WhereOf(CubeCell cell, int dimension) =>
        dimension < 0 || dimension >= Dimensions.Count ? cell.Where
        : cell.CodesWhere is { } spans && dimension < spans.Count ? spans[dimension]
        : Dimensions[dimension].Where ?? cell.Where;

    public Dimension? FindDimension(string id) => Dimensions.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Row-major index of a cell from the category position in each dimension.</summary>
    public static int IndexOf(IReadOnlyList<Dimension> dimensions, IReadOnlyList<int> positions)
    {
        var index = 0;
        for (var d = 0; d < dimensions.Count; d++)
        {
            index = index * dimensions[d].Size + positions[d];
        }

        return index;
    }

    /// <summary>The category codes of the cell at a row-major index.</summary>
    public static string[] CodesAt(IReadOnlyList<Dimension> dimensions, int index)
    {
        var codes = new string[dimensions.Count];
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            codes[d] = dimensions[d].Categories[index % dimensions[d].Size].Code;
            index /= dimensions[d].Size;
        }

        return codes;
    }
}

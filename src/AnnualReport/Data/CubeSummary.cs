namespace AnnualReport.Data;

/// <summary>
/// What <c>inspect</c> reports about a data file: its dimensions with every code, the cells their
/// sizes span, the cells the file gives (<see cref="Written"/>) and those with a number, and each
/// status symbol and flag as the file writes it with the number of cells carrying it.
/// </summary>
public sealed record CubeSummary(
    string Format,
    string Label,
    IReadOnlyList<Dimension> Dimensions,
    string? TimeDimension,
    int? Decimals,
    long Cells,
    int Present,
    int Written,
    IReadOnlyDictionary<string, int> StatusCounts,
    IReadOnlyDictionary<string, int> FlagCounts)
{
    /// <summary>The separator and decimal mark a CSV file was read with; null for other formats.</summary>
    public CsvDialect? Dialect { get; init; }

    /// <summary>The product of the dimensions' sizes, when <see cref="Cells"/> counts the cells the file lays out instead (a Eurostat TSV file: rows times period columns); null otherwise.</summary>
    public long? Span { get; init; }

    /// <summary>The data rows of a file with one series per row (Eurostat TSV); null for other formats.</summary>
    public int? Rows { get; init; }

    /// <summary>Each cell's symbol and flags together as written (<c>: c</c>, <c>bep</c>) with the cells carrying it; null where the format has no combined flags.</summary>
    public IReadOnlyDictionary<string, int>? Combinations { get; init; }

    public static CubeSummary Of(DataCube cube) =>
        new(cube.Format, cube.Label, cube.Dimensions, cube.TimeDimension, cube.Decimals, cube.Size, cube.Present, cube.Written, cube.StatusCounts, cube.FlagCounts) { Dialect = cube.Dialect };
}

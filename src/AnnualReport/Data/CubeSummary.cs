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

    public static CubeSummary Of(DataCube cube) =>
        new(cube.Format, cube.Label, cube.Dimensions, cube.TimeDimension, cube.Decimals, cube.Size, cube.Present, cube.Written, cube.StatusCounts, cube.FlagCounts) { Dialect = cube.Dialect };
}

namespace AnnualReport.Charts;

/// <summary>
/// Grouped horizontal bars: for each category (such as a comparison group) one bar per series
/// (such as men and women). <see cref="Values"/>[category][series] is the value or null.
/// </summary>
public sealed record GroupedBarChartSpec(
    string Id,
    string Title,
    string AxisTitle,
    int Decimals,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Series,
    IReadOnlyList<IReadOnlyList<ChartBar>> Values);

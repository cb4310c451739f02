namespace AnnualReport.Charts;

/// <summary>
/// What a line chart over time shows. <see cref="Id"/> must be unique within a page: the SVG's
/// title and description are referenced by ids derived from it.
/// </summary>
public sealed record LineChartSpec(
    string Id,
    string Title,
    string AxisTitle,
    int Decimals,
    bool ZeroBased,
    IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Series breaks, drawn as a visible break that no line crosses.</summary>
    public IReadOnlyList<ChartBreak> Breaks { get; init; } = [];

    /// <summary>A policy goal, drawn as a labelled target line.</summary>
    public ChartGoal? Goal { get; init; }

    /// <summary>Years between measurements: points this far apart are joined (4 for elections); further apart is a gap.</summary>
    public int Interval { get; init; } = 1;

    /// <summary>Periods per year of the time axis: 1 for years; 4, 12 or 2 when the points are quarters, months or half-years (<see cref="Model.PeriodAxis"/>).</summary>
    public int PerYear { get; init; } = 1;

    /// <summary>Marks each series' latest value with a larger point.</summary>
    public bool HighlightLatest { get; init; }
}

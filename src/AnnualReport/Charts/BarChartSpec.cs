namespace AnnualReport.Charts;

/// <summary>A horizontal bar chart by category, in the given order or sorted by value (largest first).</summary>
public sealed record BarChartSpec(string Id, string Title, string AxisTitle, int Decimals, IReadOnlyList<ChartBar> Bars, bool Sorted = false)
{
    /// <summary>The group the bars belong to, named in the web page's tooltips; the unit's title when not given.</summary>
    public string? Group { get; init; }
}

namespace AnnualReport.Charts;

/// <summary>The SVG charts of one indicator: its line chart, one chart per breakdown (by breakdown id), and a sparkline.</summary>
public sealed record IndicatorCharts(string Main, IReadOnlyDictionary<string, string> Breakdowns, string Sparkline)
{
    /// <summary>The line chart's legend for the web page (<see cref="ChartLegend"/>), empty when there is none.</summary>
    public string MainLegend { get; init; } = string.Empty;
}

namespace AnnualReport.Charts;

/// <summary>The SVG charts of one indicator: its line chart, one chart per breakdown (by the chart's id, <see cref="ChartBuilder.BreakdownId"/>), and a sparkline.</summary>
public sealed record IndicatorCharts(string Main, IReadOnlyDictionary<string, string> Breakdowns, string Sparkline)
{
    /// <summary>The line chart's legend for the web page (<see cref="ChartLegend"/>), empty when there is none.</summary>
    public string MainLegend { get; init; } = string.Empty;

    /// <summary>The flag meanings each breakdown's chart marks (by the chart's id, <see cref="ChartBuilder.BreakdownId"/>), for the note under the chart; empty lists for most.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> BreakdownFlags { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

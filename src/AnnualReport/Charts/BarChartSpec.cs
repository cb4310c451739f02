namespace AnnualReport.Charts;

/// <summary>A horizontal bar chart by category, in the given order or sorted by value (largest first).</summary>
public sealed record BarChartSpec(string Id, string Title, string AxisTitle, int Decimals, IReadOnlyList<ChartBar> Bars, bool Sorted = false);

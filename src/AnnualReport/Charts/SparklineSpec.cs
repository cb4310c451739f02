namespace AnnualReport.Charts;

/// <summary>A word-sized line for a summary table: the series' shape, without axes.</summary>
public sealed record SparklineSpec(string Id, string Title, int Decimals, IReadOnlyList<ChartPoint> Points, int Interval = 1, IReadOnlyList<ChartBreak>? Breaks = null, int PerYear = 1);

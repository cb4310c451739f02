namespace AnnualReport.Charts;

/// <summary>One labelled line.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<ChartPoint> Points);

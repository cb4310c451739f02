namespace AnnualReport.Charts;

/// <summary>A series break: figures from <see cref="Year"/> on are not comparable with those before.</summary>
public sealed record ChartBreak(int Year, string Note);

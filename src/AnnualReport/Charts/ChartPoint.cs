namespace AnnualReport.Charts;

/// <summary>One point of a line; a null value (missing or suppressed) leaves a gap in the line.</summary>
public sealed record ChartPoint(int Year, double? Value);

namespace AnnualReport.Model;

/// <summary>An indicator with its figures, one series per group in catalogue group order.</summary>
public sealed record IndicatorData(Indicator Indicator, IReadOnlyList<Series> Series);

namespace AnnualReport.Comparing;

/// <summary>One series of analysis.json: an indicator's figures for one group and, for a breakdown, one category.</summary>
public sealed record SeriesKey(string Indicator, string Group, string? Breakdown, string? Category);

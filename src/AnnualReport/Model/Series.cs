namespace AnnualReport.Model;

/// <summary>The observations of one indicator for one group, sorted by year.</summary>
public sealed record Series(string IndicatorId, string GroupId, IReadOnlyList<Observation> Observations);

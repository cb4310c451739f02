namespace AnnualReport.Model;

/// <summary>
/// The observations of one indicator for one group, sorted by year: the total when
/// <see cref="Breakdown"/> is null, else one category of one breakdown.
/// </summary>
public sealed record Series(string IndicatorId, string GroupId, string? Breakdown, string? Category, IReadOnlyList<Observation> Observations)
{
    public bool IsTotal => Breakdown is null;
}

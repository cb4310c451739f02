using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// One indicator on a fact sheet: the municipality's latest figure next to its county's, the
/// country's and its comparison group's, its comparison with the rest of the country, and its history.
/// </summary>
/// <param name="ComparisonGroup">The pooled rate of the municipalities in the same comparison group, from their counts, as published (hidden when it would give a member away).</param>
/// <param name="Comparison">The comparison with the rest of the country (<see cref="CountryComparison"/>), or null without counts.</param>
/// <param name="Adjusted">The rate adjusted for composition (indirect standardisation), where the indicator has a standard.</param>
public sealed record FactRow(
    Indicator Indicator,
    string Group,
    int Year,
    Observation? Municipality,
    Observation? County,
    Observation? Country,
    Observation? ComparisonGroup,
    ComparisonResult? Comparison,
    IndirectStandardisation? Adjusted,
    IReadOnlyList<Observation> History)
{
    /// <summary>The verdict of <see cref="Comparison"/>.</summary>
    public Significance? Significance => Comparison?.Verdict;
}

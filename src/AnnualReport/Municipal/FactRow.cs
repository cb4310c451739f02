using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// One indicator on a fact sheet: the municipality's latest figure next to its county's, the
/// country's and its comparison group's, whether it differs significantly from the country, and
/// its history.
/// </summary>
/// <param name="ComparisonGroup">The pooled rate of the municipalities in the same comparison group, from their counts, as published (hidden when it would give a member away).</param>
/// <param name="Adjusted">The rate adjusted for composition (indirect standardisation), where the indicator has a standard.</param>
public sealed record FactRow(
    Indicator Indicator,
    string Group,
    int Year,
    Observation? Municipality,
    Observation? County,
    Observation? Country,
    Observation? ComparisonGroup,
    Significance? Significance,
    double? Adjusted,
    IReadOnlyList<Observation> History);

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// What is computed for one series. Changes are in the unit's own terms (percentage points for
/// percentages) and null when the figure they need is missing.
/// </summary>
/// <param name="Latest">The latest observation that has a value.</param>
/// <param name="ChangeFromPreviousYear">Latest minus the value the year before; null if that year has no value.</param>
/// <param name="Previous">The observation with a value before the latest one, whatever its year.</param>
/// <param name="ChangeFromPrevious">Latest minus <paramref name="Previous"/>.</param>
/// <param name="Gap">Latest minus the reference group's value in the same year.</param>
public sealed record SeriesResult(
    Series Series,
    Group Group,
    Observation? Latest,
    double? ChangeFromPreviousYear,
    Observation? Previous,
    double? ChangeFromPrevious,
    double? Gap);

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// An indicator's composition analysis for one group: per year the crude rate computed from the
/// categories and the rate standardised to <see cref="Standard"/>, and the decomposition of the
/// change over the period.
/// </summary>
public sealed record StandardisedResult(
    string IndicatorId,
    string GroupId,
    StandardComposition Standard,
    IReadOnlyList<(int Year, double Crude, double Standardised)> Years,
    Decomposition? Change,
    bool Illustrative);

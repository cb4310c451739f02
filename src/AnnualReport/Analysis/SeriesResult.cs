using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Everything computed for one series (indicator × group × breakdown category). Changes and gaps
/// are in the unit's own terms (percentage points for percentages) and null when a figure they
/// need is missing or lies on the other side of a series break; <see cref="Why"/> then says why,
/// keyed by the field's name in analysis.json.
/// </summary>
/// <param name="Latest">The latest observation with a value.</param>
/// <param name="Change1">Since the previous measurement: the year before, or <c>interval</c> years before.</param>
/// <param name="ChangeBaseline">Since the catalogue's baseline year, when one is set.</param>
/// <param name="Gap">Latest value minus the reference group's value in the same year.</param>
/// <param name="GapRatio">Latest value divided by the reference group's value in the same year.</param>
/// <param name="GapChange5">The size of the gap now minus its size five years before: negative means narrowed.</param>
public sealed record SeriesResult(
    Series Series,
    Group Group,
    Observation? Latest,
    double? Change1,
    double? Change5,
    double? Change10,
    double? ChangeBaseline,
    Trend? Trend,
    Direction? Direction,
    double? Gap,
    double? GapRatio,
    double? GapChange5,
    double? GapChange10,
    GoalResult? Goal,
    IReadOnlyDictionary<string, Reason> Why)
{
    /// <summary>
    /// When the series has a break before its latest year: the change since the first figure
    /// after the break (the segment stands alone), and that year. Null without a break.
    /// </summary>
    public (double Change, int From)? SinceBreak { get; init; }

    /// <summary>The year <see cref="Change1"/> compares with: the previous survey for an irregular survey, else <c>interval</c> years before the latest.</summary>
    public int? Change1Since { get; init; }

    /// <summary>The observation with a value before the latest one, whatever its year.</summary>
    public Observation? Previous => Series.Observations.LastOrDefault(o => o.Value.HasValue && o.Year < (Latest?.Year ?? int.MinValue));
}

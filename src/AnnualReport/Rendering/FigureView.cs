namespace AnnualReport.Rendering;

/// <summary>A published figure as data: its value (or the status symbol that stands in for it), decimals and unit; templates write it with <c>figure</c>.</summary>
/// <param name="Unit">The phrase-book name of the unit (<c>percent</c>, <c>count</c> …).</param>
/// <param name="Illustrative">Made to show the publication, not published by the source: written with an asterisk.</param>
public sealed record FigureView(double? Value, string? Status, int Decimals, string Unit, bool Illustrative)
{
    /// <summary>The source's flags on a published figure (<c>Data.StatusMeanings.Flags</c>): templates write their marks after it with the partial <c>flagged</c>.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>
/// A change over time as data: its value when it could be computed, the year it is measured
/// from, and otherwise why not; or, past a series break, the change since the first figure after the break.
/// </summary>
/// <param name="Since">The year the change is measured from.</param>
/// <param name="Why">Why the change is missing (phrase key and arguments), when it is.</param>
/// <param name="BreakFrom">Measured from the first year after a series break instead of <paramref name="Since"/>.</param>
public sealed record ChangeView(double? Value, string Since, int Decimals, string Unit, ReasonView? Why, string? BreakFrom)
{
    /// <summary>True when <see cref="Since"/> is the previous survey of a survey in irregular years (worded "since the last survey").</summary>
    public bool SinceSurvey { get; init; }
}

/// <summary>Why a figure is missing, as a phrase-book key under <c>analysis.reasons.</c> and its arguments; templates write it with <c>reason</c>.</summary>
public sealed record ReasonView(Analysis.Reason Reason)
{
    /// <summary>Periods per year of the indicator, so that a period the reason names is written as one ("2. kv. 2024").</summary>
    public int PerYear { get; init; } = 1;
}

/// <summary>
/// The gap to the reference group as data, and whether it narrowed, widened or stayed about the
/// same over the gap window (<c>narrowed</c>, <c>widened</c>, <c>unchanged</c>, or null when not judged).
/// </summary>
public sealed record GapView(double Value, int Decimals, string Unit, string Reference, string? Trend, double? TrendChange, string Since);

/// <summary>The latest figure of one group, how it changed, its direction (<c>DirectionRule.Name</c>) and gap.</summary>
public sealed record GroupFigureView(string Group, FigureView Latest, string Year, ChangeView Change, ChangeView LongChange, string? Direction, GapView? Gap);

/// <summary>A headline figure on the front page: the indicator's headline group, the same series its sparkline draws.</summary>
public sealed record KeyFigureView(string Indicator, string Href, GroupFigureView Figure, TrustedHtml Sparkline);

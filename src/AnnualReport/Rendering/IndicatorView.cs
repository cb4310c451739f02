namespace AnnualReport.Rendering;

/// <summary>One indicator section: chart, key figures, data tables, source, notes and series breaks.</summary>
/// <param name="Level">The indicator level: <c>main</c>, <c>supplementary</c> or <c>base</c> (base figures are a table without chart or key figures).</param>
/// <param name="About">Population and age band as the catalogue gives them, or null.</param>
/// <param name="Breakdowns">One chart and table per breakdown.</param>
/// <param name="StandardisedTables">Crude and standardised rates side by side, one table per group.</param>
/// <param name="Decompositions">A change split into composition and outcome.</param>
/// <param name="Comment">The curated comment as HTML, or null.</param>
/// <param name="Illustrative">Some or all of the figures are illustrative, not published by the source.</param>
public sealed record IndicatorView(
    string Id,
    string Title,
    string Level,
    string Definition,
    string? About,
    TrustedHtml Chart,
    string Unit,
    IReadOnlyList<GroupFigureView> Figures,
    TableView Table,
    IReadOnlyList<BreakdownView> Breakdowns,
    IReadOnlyList<TableView> StandardisedTables,
    IReadOnlyList<DecompositionView> Decompositions,
    SourceView Source,
    bool Illustrative,
    string? Notes,
    TrustedHtml? Comment,
    IReadOnlyList<BreakView> Breaks,
    GoalView? Goal)
{
    /// <summary>The line chart's legend, downloads and citation on the web page; null for base figures (no chart).</summary>
    public ChartExploreView? Explore { get; init; }

    /// <summary>The year table cut to its last <see cref="TableLayout.RecentYears"/> years: the table beside the chart (the full one is in the appendix).</summary>
    public TableView? RecentTable { get; init; }
}

/// <summary>Where an indicator's figures come from; the address only when it is a web address.</summary>
public sealed record SourceView(string Name, string? Table, string? Url)
{
    /// <summary>When <c>fetch</c> downloaded the figures, from its provenance record; null when they were not fetched.</summary>
    public RetrievalView? Retrieved { get; init; }
}

/// <summary>A series break: the first year of the new series and what changed.</summary>
public sealed record BreakView(string Year, string Note);

/// <summary>
/// A policy goal as data: the target, for whom, by when and set by whom; whether the latest figure
/// reached it, how far it is from it, and whether the trend reaches it by the deadline.
/// </summary>
public sealed record GoalView(FigureView Target, string? Group, int? By, string SetBy, string Year, bool? Reached, double? Distance, bool? OnTrack);

/// <summary>A change split into the part due to composition and the part due to changes within categories.</summary>
public sealed record DecompositionView(string Group, string Breakdown, int From, int To, double Total, double Composition, double Outcome, int Decimals, string Unit, bool Illustrative);

/// <summary>A theme area (chapter) with its long-term development and its indicators.</summary>
/// <param name="Introduction">Curated introduction as HTML, or null.</param>
/// <param name="Summary">Curated summary as HTML, or null.</param>
public sealed record ThemeView(string Id, string Title, string Intro, string Href, DevelopmentView? Development, TrustedHtml? Introduction, TrustedHtml? Summary, IReadOnlyList<IndicatorView> Indicators)
{
    /// <summary>The theme's chapter number, the first part of its reference numbers (the preface is 0, the method chapter follows the last theme).</summary>
    public int Number { get; init; }

    /// <summary>The theme's own key findings ("Kort oppsummert"), chosen as the publication's are.</summary>
    public IReadOnlyList<FindingView> Findings { get; init; } = [];
}

/// <summary>
/// One key finding as data: its kind (<c>Analysis.FindingKinds</c>, a phrase-book key under
/// <c>pages.findings.kinds</c>), the indicator it links to, the figure it is about, the goal or the
/// series break it names, and the editors' own sentence when they reworded it.
/// </summary>
public sealed record FindingView(string Kind, string Indicator, string Title, string Href, GroupFigureView Figure, GoalView? Goal, string? BreakYear, TrustedHtml? Text, bool Pinned);

/// <summary>
/// A theme's long-term development as counts and the indicators behind them; the template words
/// it with plural forms (no "0 er stabile").
/// </summary>
public sealed record DevelopmentView(
    int Judged,
    int Years,
    IReadOnlyList<string> Improving,
    IReadOnlyList<string> Stable,
    IReadOnlyList<string> Worsening,
    IReadOnlyList<string> NoClearTrend,
    IReadOnlyList<string> Undetermined,
    int GapYears,
    IReadOnlyList<string> Narrowed,
    IReadOnlyList<string> Widened,
    IReadOnlyList<string> Unchanged)
{
    /// <summary>How many main indicators had figures for both ends of the gap window.</summary>
    public int Gaps => Narrowed.Count + Widened.Count + Unchanged.Count;

    /// <summary>The one category every judged indicator falls in (<c>improving</c> …), or null when they differ.</summary>
    public string? All =>
        Improving.Count == Judged ? "improving"
        : Stable.Count == Judged ? "stable"
        : Worsening.Count == Judged ? "worsening"
        : NoClearTrend.Count == Judged ? "no-clear-trend"
        : Undetermined.Count == Judged ? "undetermined"
        : null;
}

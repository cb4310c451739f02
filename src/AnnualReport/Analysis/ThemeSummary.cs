namespace AnnualReport.Analysis;

/// <summary>
/// The long-term development of a theme area, from its main indicators: how many improved, were
/// shown to be stable, worsened, had no clear trend or too few years to judge; how many gaps to the
/// reference group narrowed, widened or stayed about unchanged over <see cref="Model.AnalysisSettings.GapYears"/> years (<see cref="GapRule"/>),
/// and which indicators those are. Each indicator counts once, through its headline series: the
/// total of its first group that is not the reference group.
/// </summary>
public sealed record ThemeSummary(
    string ThemeId,
    IReadOnlyList<string> Improving,
    IReadOnlyList<string> Stable,
    IReadOnlyList<string> Worsening,
    IReadOnlyList<string> NoClearTrend,
    IReadOnlyList<string> Undetermined,
    IReadOnlyList<string> GapsNarrowed,
    IReadOnlyList<string> GapsWidened,
    IReadOnlyList<string> GapsUnchanged);

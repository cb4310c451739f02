namespace AnnualReport.Analysis;

/// <summary>
/// The long-term development of a theme area, from its main indicators: how many improved, held
/// steady or worsened, how many gaps to the reference group narrowed or widened over ten years,
/// and which indicators those are. Each indicator counts once, through its headline series: the
/// total of its first group that is not the reference group.
/// </summary>
public sealed record ThemeSummary(
    string ThemeId,
    IReadOnlyList<string> Improving,
    IReadOnlyList<string> Stable,
    IReadOnlyList<string> Worsening,
    IReadOnlyList<string> Undetermined,
    IReadOnlyList<string> GapsNarrowed,
    IReadOnlyList<string> GapsWidened,
    IReadOnlyList<string> GapsUnchanged);

namespace AnnualReport.Model;

/// <summary>
/// The edition's curated text, from <c>editions/&lt;year&gt;/text.yaml</c>: a preface, an
/// introduction and a summary per theme, and a comment per indicator.
/// </summary>
public sealed record CuratedText(
    TextBlock? Preface,
    IReadOnlyDictionary<string, TextBlock> ThemeIntroductions,
    IReadOnlyDictionary<string, TextBlock> ThemeSummaries,
    IReadOnlyDictionary<string, TextBlock> IndicatorComments)
{
    public static CuratedText Empty { get; } = new(null, new Dictionary<string, TextBlock>(), new Dictionary<string, TextBlock>(), new Dictionary<string, TextBlock>());

    /// <summary>The editors' choice of key findings (pinned and dropped indicators), from the main language's file.</summary>
    public FindingChoices Findings { get; init; } = FindingChoices.None;

    /// <summary>Key findings reworded by the editors, per indicator, with live figures.</summary>
    public IReadOnlyDictionary<string, TextBlock> FindingTexts { get; init; } = new Dictionary<string, TextBlock>();

    public IEnumerable<TextBlock> All =>
        new[] { Preface }.OfType<TextBlock>().Concat(ThemeIntroductions.Values).Concat(ThemeSummaries.Values).Concat(IndicatorComments.Values).Concat(FindingTexts.Values);
}

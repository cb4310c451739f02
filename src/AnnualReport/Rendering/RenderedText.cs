namespace AnnualReport.Rendering;

/// <summary>The curated text as HTML, with every live number filled in.</summary>
public sealed record RenderedText(
    string? Preface,
    IReadOnlyDictionary<string, string> ThemeIntroductions,
    IReadOnlyDictionary<string, string> ThemeSummaries,
    IReadOnlyDictionary<string, string> IndicatorComments)
{
    public static RenderedText Empty { get; } = new(null, new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The editors' choice of key findings.</summary>
    public Model.FindingChoices Findings { get; init; } = Model.FindingChoices.None;

    /// <summary>Reworded key findings per indicator, as inline HTML (one sentence, no paragraph).</summary>
    public IReadOnlyDictionary<string, string> FindingTexts { get; init; } = new Dictionary<string, string>();
}

namespace AnnualReport.Rendering;

/// <summary>A theme area (chapter) with its long-term development in sentences and its indicators.</summary>
/// <param name="Introduction">Curated introduction as HTML, or null.</param>
/// <param name="Summary">Curated summary as HTML, or null.</param>
public sealed record ThemeView(string Id, string Title, string Intro, string Href, IReadOnlyList<string> Development, string? Introduction, string? Summary, IReadOnlyList<IndicatorView> Indicators);

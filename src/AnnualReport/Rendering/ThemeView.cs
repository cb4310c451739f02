namespace AnnualReport.Rendering;

/// <summary>A theme area (chapter) with its long-term development in sentences and its indicators.</summary>
public sealed record ThemeView(string Id, string Title, string Intro, string Href, IReadOnlyList<string> Development, IReadOnlyList<IndicatorView> Indicators);

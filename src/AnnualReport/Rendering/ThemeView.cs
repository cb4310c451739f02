namespace AnnualReport.Rendering;

/// <summary>A theme area (chapter) with its indicators.</summary>
public sealed record ThemeView(string Id, string Title, string Intro, string Href, IReadOnlyList<IndicatorView> Indicators);

namespace AnnualReport.Comparing;

/// <summary>A chart of a page: its SVG as published, and the page and indicator it belongs to.</summary>
public sealed record ChartSnapshot(string Id, string Page, string? Indicator, string? Title, string Svg);

namespace AnnualReport.Comparing;

/// <summary>What <see cref="HtmlPageReader"/> finds in one web page of a build.</summary>
internal sealed record PageContent(
    string Page,
    string? Title,
    IReadOnlyList<TextBlockSnapshot> Blocks,
    IReadOnlyList<ChartSnapshot> Charts,
    IReadOnlyList<(string Id, string Title)> Indicators,
    IReadOnlyList<string> Navigation,
    string? Stamp);

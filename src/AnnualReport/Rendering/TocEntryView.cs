namespace AnnualReport.Rendering;

/// <summary>
/// A line of the printed contents: a chapter (level 1), an indicator (level 2), a figure (3) or a
/// table (4) in the lists after the contents, and its page once known.
/// </summary>
public sealed record TocEntryView(string Title, string Href, int Level, string Page)
{
    /// <summary>A figure's or table's number as the caption writes it ("Figur 3.2"); empty for headings.</summary>
    public string Label { get; init; } = string.Empty;
}

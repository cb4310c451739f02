namespace AnnualReport.Rendering;

/// <summary>A line of the printed table of contents: a chapter (level 1) or an indicator (level 2), and its page once known.</summary>
public sealed record TocEntryView(string Title, string Href, int Level, string Page);

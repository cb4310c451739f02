namespace AnnualReport.Model;

/// <summary>A theme area (chapter) of the publication, in catalogue order.</summary>
public sealed record Theme(string Id, string Title, string Intro, SourceSpan Where);

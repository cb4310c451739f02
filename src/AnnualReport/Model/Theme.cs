namespace AnnualReport.Model;

/// <summary>
/// A theme area (chapter) of the publication. <see cref="Background"/> marks background sections
/// such as Befolkning, which describe rather than measure integration.
/// </summary>
public sealed record Theme(string Id, string Title, string Intro, bool Background, SourceSpan Where);

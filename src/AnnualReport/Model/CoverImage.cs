namespace AnnualReport.Model;

/// <summary>
/// A picture on the publication's cover (<c>edition.cover.logo</c> or <c>.image</c>): the file as the
/// catalogue names it (relative to the edition folder), its text alternative in the language being
/// built, and, once <see cref="Publishing.CoverImages"/> has checked it, the file's full path and kind.
/// </summary>
public sealed record CoverImage(string File, string Alt, SourceSpan Where)
{
    /// <summary>The checked file's full path; null until checked, or when it may not be used.</summary>
    public string? Path { get; init; }

    /// <summary>The file's kind by its first bytes: <c>.png</c> or <c>.jpg</c>.</summary>
    public string Extension { get; init; } = string.Empty;
}

using AnnualReport.Localization;

namespace AnnualReport.Comments;

/// <summary>The columns of the comment list in every format, and their headings in the UI language.</summary>
public static class CommentColumns
{
    public static IReadOnlyList<string> Keys { get; } = ["number", "reply-to", "page", "reference", "kind", "text", "comment", "author", "date"];

    public static IReadOnlyList<string> Headings() => Keys.Select(k => Messages.Format("comments.column." + k)).ToList();

    /// <summary>The kind's name in the UI language.</summary>
    public static string Kind(string kind) => Messages.Format("comments.kind." + kind);

    /// <summary>An ISO date-time as a person reads it: date and minutes, the time zone left out.</summary>
    public static string Date(string? iso) =>
        iso is null ? string.Empty : iso.Length >= 16 ? iso[..10] + " " + iso[11..16] : iso;
}

using System.Net;
using System.Text.RegularExpressions;

namespace AnnualReport.Comments;

/// <summary>
/// The plain text of an annotation's rich text (/RC, a fragment of XHTML): tags dropped, block
/// ends as line breaks, entities decoded. Used only when a reader wrote no plain /Contents.
/// </summary>
public static partial class RichText
{
    public static string ToPlain(string richText)
    {
        ArgumentNullException.ThrowIfNull(richText);
        var text = BlockEnd().Replace(richText, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        return Blank().Replace(text.Replace("\r", string.Empty, StringComparison.Ordinal), "\n\n").Trim();
    }

    [GeneratedRegex(@"<\s*(?:br\s*/?|/p|/div|/li)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>|<\?[^>]*\?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n\s*\n\s*(\n\s*)*")]
    private static partial Regex Blank();
}

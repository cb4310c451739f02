using System.Net;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Disclosure;

/// <summary>Just enough HTML reading for the generated pages: table rows, their cells, and a cell's text.</summary>
internal static partial class HtmlText
{
    public static IEnumerable<string> Rows(string tableHtml) => RowPattern().Matches(tableHtml).Select(m => m.Groups[1].Value);

    /// <summary>The inner HTML of every <c>td</c> and <c>th</c> of a row, in order.</summary>
    public static IReadOnlyList<string> Cells(string rowHtml) => CellPattern().Matches(rowHtml).Select(m => m.Groups[2].Value).ToList();

    /// <summary>The <c>data-column</c> name of every cell of a header row, in order (empty for a cell without one).</summary>
    public static IReadOnlyList<string> ColumnNames(string rowHtml) =>
        CellOpenPattern().Matches(rowHtml).Select(m => ColumnAttribute().Match(m.Groups[1].Value) is { Success: true } c ? c.Groups[1].Value : "").ToList();

    public static string? Table(string html, string cssClass) => Tables(html, cssClass).FirstOrDefault();

    public static IEnumerable<string> Tables(string html, string cssClass) =>
        Regex.Matches(html, $"<table class=\"{Regex.Escape(cssClass)}\">.*?</table>", RegexOptions.Singleline).Select(m => m.Value);

    /// <summary>Visible text: tags removed, entities decoded, soft hyphens dropped, white space collapsed.</summary>
    public static string Text(string html)
    {
        var text = WebUtility.HtmlDecode(TagPattern().Replace(html, " ")).Replace("\u00ad", "");
        return SpacePattern().Replace(text, " ").Trim();
    }

    /// <summary>The inner HTML of the first <c>span</c> with the class, or null.</summary>
    public static string? Span(string html, string cssClass)
    {
        var match = Regex.Match(html, $"<span class=\"{Regex.Escape(cssClass)}\">(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The HTML before the first <c>span</c>: a cell's main figure without its note.</summary>
    public static string BeforeSpan(string html)
    {
        var at = html.IndexOf("<span", StringComparison.Ordinal);
        return at < 0 ? html : html[..at];
    }

    /// <summary>"48,8–54,2" → the two limits; null when the text is not a range.</summary>
    public static (PublishedNumber Lower, PublishedNumber Upper)? Interval(string text)
    {
        var parts = text.Trim('(', ')', ' ').Split('–');
        return parts.Length == 2 && PublishedNumber.Parse(parts[0]) is { } lower && PublishedNumber.Parse(parts[1]) is { } upper
            ? (lower, upper)
            : null;
    }

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<(td|th)[^>]*>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<(?:td|th)([^>]*)>")]
    private static partial Regex CellOpenPattern();

    [GeneratedRegex("data-column=\"([^\"]+)\"")]
    private static partial Regex ColumnAttribute();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex SpacePattern();
}

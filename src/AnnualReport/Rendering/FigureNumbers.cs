using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReport.Localization;

namespace AnnualReport.Rendering;

/// <summary>
/// Numbers the figures and tables of each chapter ("Figur 3.2", "Tabell 3.2": the chapter's number
/// as in <see cref="ReferenceNumbers"/>, then the count in the chapter), in the caption where a
/// reader looks for it, and gives each an id the lists of figures and tables after the contents
/// link to (their page numbers come from the first printing, like the contents').
/// </summary>
public static partial class FigureNumbers
{
    /// <summary>Level of a figure entry in the contents list.</summary>
    public const int FigureLevel = 3;

    /// <summary>Level of a table entry in the contents list.</summary>
    public const int TableLevel = 4;

    /// <summary>The HTML with numbered captions, and one list entry per figure and table in document order.</summary>
    public static (string Html, IReadOnlyList<TocEntryView> Entries) Apply(string html, PhraseBook phrases)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(phrases);
        // A chapter may number its figures and tables with a label of its own (the appendix: "V.1").
        var chapters = Chapter().Matches(html).Select(m => (Start: m.Index, Number: Numbering(html, m))).ToList();
        var edits = new List<(int At, int Remove, string Insert)>();
        var entries = new List<TocEntryView>();
        for (var c = 0; c < chapters.Count; c++)
        {
            var (start, chapter) = chapters[c];
            var end = c + 1 < chapters.Count ? chapters[c + 1].Start : html.Length;
            var (figures, tables) = (0, 0);
            foreach (Match element in FigureOrTable().Matches(html[..end], start))
            {
                var figure = element.Groups["name"].Value == "figure";
                var number = $"{chapter}.{(figure ? ++figures : ++tables).ToString(CultureInfo.InvariantCulture)}";
                var id = $"{(figure ? "fig" : "tab")}-{number.Replace('.', '-')}";
                var label = phrases.Get(figure ? "pages.numbering.figure" : "pages.numbering.table", ("number", number));
                var span = $"<span class=\"{(figure ? "figure" : "table")}-number\">{TemplateContextHtml.Escape(label)}</span> ";
                edits.Add((element.Index + element.Length - 1, 0, $" id=\"{id}\""));
                var close = html.IndexOf(figure ? "</figure>" : "</table>", element.Index, StringComparison.Ordinal);
                var inner = html[element.Index..close];
                // A figure is listed by its chart's title (its caption also names the source), a table by its caption.
                var chart = figure && SvgTitle().Match(inner) is { Success: true } svg ? Text(svg.Groups[1].Value) : null;
                string title;
                if (Caption(figure).Match(inner) is { Success: true } caption)
                {
                    edits.Add((element.Index + caption.Groups["text"].Index, 0, span));
                    title = chart ?? Text(caption.Groups["text"].Value);
                }
                else
                {
                    // A figure without a caption gets one, from its chart's title.
                    title = chart ?? string.Empty;
                    edits.Add((close, 0, $"<figcaption>{span}{TemplateContextHtml.Escape(title)}</figcaption>"));
                }

                entries.Add(new TocEntryView(title, $"#{id}", figure ? FigureLevel : TableLevel, string.Empty) { Label = label });
            }
        }

        var result = new StringBuilder(html.Length + (edits.Count * 64));
        var at = 0;
        foreach (var (position, remove, insert) in edits.OrderBy(e => e.At))
        {
            result.Append(html, at, position - at).Append(insert);
            at = position + remove;
        }

        result.Append(html, at, html.Length - at);
        return (result.ToString(), entries);
    }

    private static string Numbering(string html, Match chapter)
    {
        var end = html.IndexOf('>', chapter.Index);
        var tag = html[chapter.Index..(end < 0 ? html.Length : end)];
        return NumberingAttribute().Match(tag) is { Success: true } label ? label.Groups[1].Value : chapter.Groups[1].Value;
    }

    /// <summary>The caption's words, for the list: tags out, entities read, whitespace as single spaces.</summary>
    private static string Text(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    private static Regex Caption(bool figure) => figure ? FigureCaption() : TableCaption();

    [GeneratedRegex(@"\sdata-chapter=""(\d+)""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"\sdata-numbering=""([^""]+)""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberingAttribute();

    // Tables marked data-unnumbered (the web page's copies of the appendix tables) keep no number.
    [GeneratedRegex(@"<(?<name>figure|table)\b(?![^>]*\sdata-unnumbered)[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FigureOrTable();

    [GeneratedRegex(@"<figcaption>(?<text>(?:(?!</figcaption>).)*)", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"<caption>(?<text>(?:(?!</caption>).)*)", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"<title[^>]*>([^<]*)</title>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SvgTitle();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();
}

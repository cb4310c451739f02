using System.Net;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Support;

/// <summary>
/// Finds the pages of a printed document that end with a heading or a table caption (parted from
/// the content below it) or begin with a figure caption (parted from the chart above it). A page is
/// its text lines in reading order (pdftotext), without the page-number footer.
/// </summary>
public static partial class PageEnds
{
    /// <summary>The words that must not end a page (headings, level labels, table captions) and that must not begin one (figure captions), from the printed HTML.</summary>
    public sealed record Blocks(IReadOnlyList<string> Leading, IReadOnlyList<string> FigureCaptions);

    /// <summary>Headings, level labels and table captions, and figure captions, as the reader sees them (tags out, numbering labels in).</summary>
    public static Blocks FromHtml(string html)
    {
        var leading = Heading().Matches(html).Concat(Level().Matches(html)).Concat(TableCaption().Matches(html)).Select(m => Text(m.Groups[1].Value)).Where(t => t.Length > 0).ToList();
        var figures = FigureCaption().Matches(html).Select(m => Text(m.Groups[1].Value)).Where(t => t.Length > 0).ToList();
        return new Blocks(leading, figures);
    }

    /// <summary>The 1-based page numbers whose last lines are (the start of) a heading or table caption, or whose first lines are the start of a figure caption, with what was found.</summary>
    /// <param name="firstPage">The first page of the body (1-based): the contents and the lists of figures and tables before it repeat the captions as entries.</param>
    public static IReadOnlyList<(int Page, string Found)> Offending(IReadOnlyList<IReadOnlyList<string>> pages, Blocks blocks, int firstPage = 1, int skipHeaderLines = 1)
    {
        var found = new List<(int, string)>();
        for (var p = firstPage - 1; p < pages.Count; p++)
        {
            var lines = pages[p].Select(Normalise).Where(l => l.Length > 0 && !Footer().IsMatch(l)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            // The page's last lines, one to four of them (a heading or caption may wrap), read as the start of a heading or table caption.
            for (var k = 1; k <= Math.Min(4, lines.Count); k++)
            {
                var tail = string.Join(" ", lines.Skip(lines.Count - k));
                if (blocks.Leading.FirstOrDefault(b => b.StartsWith(tail, StringComparison.Ordinal) && (k > 1 || tail.Length >= 4)) is { } leading)
                {
                    found.Add((p + 1, leading));
                    break;
                }
            }

            // The first line below the running header must not start a figure caption (the chart stayed on the page before).
            if (p > 0 && lines.Count > skipHeaderLines && FigureLabel().IsMatch(lines[skipHeaderLines])
                && blocks.FigureCaptions.Any(c => c.StartsWith(lines[skipHeaderLines], StringComparison.Ordinal)))
            {
                found.Add((p + 1, lines[skipHeaderLines]));
            }
        }

        return found;
    }

    private static string Text(string html) => Normalise(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    private static string Normalise(string line) => Spaces().Replace(line, " ").Trim();

    [GeneratedRegex(@"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<p class=""level""[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Level();

    [GeneratedRegex(@"<caption>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"<figcaption>(.*?)</figcaption>", RegexOptions.Singleline)]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"^\S+ [0-9A-Z]+\.\d+\b")]
    private static partial Regex FigureLabel();

    [GeneratedRegex(@"^\d+ \S+ \d+$")]
    private static partial Regex Footer();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

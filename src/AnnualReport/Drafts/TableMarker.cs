using System.Net;
using System.Text.RegularExpressions;
using AnnualReport.Comparing;

namespace AnnualReport.Drafts;

/// <summary>
/// Marks the figures that changed in a page's tables since the earlier page: a table is the same
/// table when its caption is (figure labels aside), a cell the same cell when its row and column
/// headings are. A changed cell shows its old value struck through before the new one and is
/// highlighted; a table with changed cells is one entry in the list of changes.
/// </summary>
internal static partial class TableMarker
{
    private sealed record Cell(int Open, int OpenLength, int Inner, int InnerLength, string Text);

    private sealed record Table(string Key, string Caption, string Id, string? Ref, int Open, int OpenLength, Dictionary<(string Row, string Column), Cell> Cells);

    public static IEnumerable<(int At, MarkedChange Change, IReadOnlyList<(int At, int Remove, string Insert)> Edits)> Mark(string html, string oldHtml, ChangeLabels labels, Func<string> newId)
    {
        var before = Read(oldHtml).ToDictionary(t => t.Key, StringComparer.Ordinal);
        foreach (var table in Read(html))
        {
            if (!before.TryGetValue(table.Key, out var old))
            {
                continue;
            }

            var edits = new List<(int, int, string)>();
            var changed = 0;
            foreach (var (key, cell) in table.Cells)
            {
                if (old.Cells.TryGetValue(key, out var was) && was.Text != cell.Text)
                {
                    changed++;
                    edits.Add((cell.Open + cell.OpenLength - 1, 0, " class=\"changed\""));
                    var inner = html.Substring(cell.Inner, cell.InnerLength);
                    var marked = (was.Text.Length > 0 ? ChangeMarker.Deleted(was.Text, labels) + " " : string.Empty)
                        + $"<ins><span class=\"change-label\">{HtmlBlocks.Escape(labels.Inserted)} </span>{inner}</ins>";
                    edits.Add((cell.Inner, cell.InnerLength, marked));
                }
            }

            if (changed == 0)
            {
                continue;
            }

            var id = table.Id;
            if (id.Length == 0)
            {
                id = newId();
                edits.Add((table.Open + table.OpenLength - 1, 0, $" id=\"{id}\""));
            }

            yield return (table.Open, new MarkedChange("figures-changed", id, table.Ref, table.Caption, string.Empty, string.Empty, changed), edits);
        }
    }

    /// <summary>The charts whose drawing changed (a figure is the same figure when its chart's title is): each highlighted and one entry in the list.</summary>
    public static IEnumerable<(int At, MarkedChange Change, IReadOnlyList<(int At, int Remove, string Insert)> Edits)> MarkCharts(string html, string oldHtml)
    {
        var before = Charts(oldHtml).GroupBy(c => c.Title, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Svg, StringComparer.Ordinal);
        foreach (var (title, svg, open, attributes, id, reference) in Charts(html))
        {
            if (title.Length == 0 || !before.TryGetValue(title, out var was) || was == svg)
            {
                continue;
            }

            // The figure keeps its classes and gains "changed".
            var @class = ClassAttribute().Match(attributes);
            (int, int, string) edit = @class.Success
                ? (open.Index + 1 + "figure".Length + @class.Groups[1].Index, @class.Groups[1].Length, @class.Groups[1].Value + " changed")
                : (open.Index + open.Length - 1, 0, " class=\"changed\"");
            yield return (open.Index, new MarkedChange("chart-changed", id, reference, title, string.Empty, string.Empty), [edit]);
        }
    }

    private static IEnumerable<(string Title, string Svg, Group Open, string Attributes, string Id, string? Ref)> Charts(string html)
    {
        foreach (Match figure in FigureElement().Matches(html))
        {
            var body = figure.Groups["body"].Value;
            var svg = SvgElement().Match(body);
            if (!svg.Success)
            {
                continue;
            }

            var title = SvgTitle().Match(svg.Value) is { Success: true } t ? Text(t.Groups[1].Value) : string.Empty;
            var attributes = figure.Groups["attributes"].Value;
            yield return (title, svg.Value, figure.Groups["open"], attributes, HtmlPageReader.Attribute(attributes, "id"), HtmlPageReader.Attribute(attributes, "data-ref") is { Length: > 0 } r ? r : null);
        }
    }

    private static IEnumerable<Table> Read(string html)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match table in TableElement().Matches(html))
        {
            var attributes = table.Groups["attributes"].Value;
            var body = table.Groups["body"];
            var caption = CaptionElement().Match(body.Value) is { Success: true } c ? Text(c.Groups[1].Value) : string.Empty;
            var count = seen[caption] = seen.GetValueOrDefault(caption) + 1;
            var cells = new Dictionary<(string, string), Cell>();
            List<string>? columns = null;
            foreach (Match row in Row().Matches(body.Value))
            {
                var all = CellElement().Matches(row.Groups[1].Value).ToList();
                if (columns is null && all.All(m => m.Groups["name"].Value == "th"))
                {
                    columns = [.. all.Select(m => Text(m.Groups["inner"].Value))];
                    continue;
                }

                var header = all.FirstOrDefault(m => m.Groups["name"].Value == "th") is { } th ? Text(th.Groups["inner"].Value) : string.Empty;
                for (var i = 0; i < all.Count; i++)
                {
                    var m = all[i];
                    if (m.Groups["name"].Value != "td")
                    {
                        continue;
                    }

                    var column = columns is not null && i < columns.Count ? columns[i] : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var offset = body.Index + row.Groups[1].Index;
                    var inner = m.Groups["inner"];
                    cells.TryAdd((header, column), new Cell(offset + m.Index, m.Groups["open"].Length, offset + inner.Index, inner.Length, Text(inner.Value)));
                }
            }

            yield return new Table(
                count == 1 ? caption : $"{caption}#{count}", caption,
                HtmlPageReader.Attribute(attributes, "id"),
                HtmlPageReader.Attribute(attributes, "data-ref") is { Length: > 0 } r ? r : null,
                table.Index, table.Groups["open"].Length, cells);
        }
    }

    // A cell's or caption's words, without an earlier draft's marks or the table's label.
    private static string Text(string html) =>
        HtmlPageReader.Normalise(WebUtility.HtmlDecode(Tags().Replace(Marks().Replace(html, " "), " ")));

    [GeneratedRegex(@"(?<open><table(?<attributes>[^>]*)>)(?<body>.*?)</table>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex TableElement();

    [GeneratedRegex(@"(?<open><figure(?<attributes>[^>]*)>)(?<body>.*?)</figure>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex FigureElement();

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex SvgElement();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex SvgTitle();

    [GeneratedRegex(@"\sclass=""([^""]*)""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClassAttribute();

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex CaptionElement();

    [GeneratedRegex(@"<tr[^>]*>(.*?)</tr>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Row();

    [GeneratedRegex(@"(?<open><(?<name>th|td)\b[^>]*>)(?<inner>.*?)</\k<name>>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex CellElement();

    [GeneratedRegex(@"<del\b.*?</del>|<span class=""(?:change-label|figure-number|table-number)"">.*?</span>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Marks();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();
}

using System.Net;
using System.Text.RegularExpressions;
using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>
/// What the web pages give the explore script, checked on the sample rendered in memory: every
/// drawn point carries its series, year or category and its value as the chart's table writes it;
/// line charts have a hidden legend of toggle buttons; each chart links its CSV and SVG files, whose
/// figures are the table's; the print document has none of it.
/// </summary>
public sealed partial class ExploreMarkupTests
{
    // The sample rendered once in memory, shared with the other tests that read its pages.
    private static readonly Lazy<RenderedSite> Sample = new(() => SampleRender.Bokmål);

    private static IEnumerable<RenderedPage> WebPages => Sample.Value.Pages.Where(p => p.FileName != HtmlRenderer.PrintPage);

    /// <summary>
    /// A page's chart figures: the chart's id, the figure's markup and its table: the first table
    /// after the chart, or the fullest table of the indicator with the same rows and columns (the
    /// compact table beside a chart has the last years; the full one is under "all years").
    /// </summary>
    private static IEnumerable<(string Id, string Figure, Table Table)> Figures(string html) =>
        FigureBlock().Matches(html).Select(m =>
        {
            var after = html[(m.Index + m.Length)..];
            var end = after.IndexOf("<section class=\"indicator\"", StringComparison.Ordinal);
            var tables = Regex.Matches(end < 0 ? after : after[..end], "<table.*?</table>", RegexOptions.Singleline).Select(t => Table.Read(t.Value)).ToList();
            // The chart's table names every line as a column, or every bar's group and category (either way round).
            var lines = SeriesGroup().Matches(m.Value).Select(x => WebUtility.HtmlDecode(x.Groups["series"].Value) ?? string.Empty).ToList();
            var bars = CategoryPoint().Matches(m.Value).Select(x => (WebUtility.HtmlDecode(x.Groups["series"].Value) ?? string.Empty, WebUtility.HtmlDecode(x.Groups["category"].Value) ?? string.Empty)).ToList();
            bool Holds(Table t) => bars.Count > 0
                ? bars.All(b => (t.Columns.Contains(b.Item1) && t.Rows.Any(r => r.Header == b.Item2)) || (t.Columns.Contains(b.Item2) && t.Rows.Any(r => r.Header == b.Item1)))
                : t.RowHeader == "År" && lines.All(t.Columns.Contains);
            var chosen = tables.Where(Holds).OrderByDescending(t => t.Rows.Count).FirstOrDefault() ?? tables[0];
            return (m.Groups["id"].Value, m.Value, chosen);
        });

    /// <summary>The tables after a chart in its indicator's section.</summary>
    private static IReadOnlyList<Table> SectionTables(string id)
    {
        foreach (var page in WebPages)
        {
            var m = FigureBlock().Matches(page.Html).FirstOrDefault(f => f.Groups["id"].Value == id);
            if (m is not null)
            {
                var after = page.Html[(m.Index + m.Length)..];
                var end = after.IndexOf("<section class=\"indicator\"", StringComparison.Ordinal);
                return [.. Regex.Matches(end < 0 ? after : after[..end], "<table.*?</table>", RegexOptions.Singleline).Select(t => Table.Read(t.Value))];
            }
        }

        return [];
    }

    [Fact]
    public void Every_point_of_a_line_chart_carries_its_series_year_and_the_tables_value()
    {
        var compared = 0;
        foreach (var (id, figure, table) in WebPages.SelectMany(p => Figures(p.Html)).Where(f => f.Table.RowHeader == "År"))
        {
            foreach (Match series in SeriesGroup().Matches(figure))
            {
                var name = WebUtility.HtmlDecode(series.Groups["series"].Value);
                var column = table.Columns.IndexOf(name);
                Assert.True(column >= 0, $"{id}: the table has no column «{name}»");
                foreach (Match point in YearPoint().Matches(series.Groups["points"].Value))
                {
                    var year = point.Groups["year"].Value;
                    if (table.Rows.FirstOrDefault(r => r.Header == year) is { } row)
                    {
                        Assert.Equal(row.Cells[column].TrimEnd('*'), WebUtility.HtmlDecode(point.Groups["value"].Value));
                        compared++;
                    }
                }
            }
        }

        Assert.True(compared > 200, $"only {compared} points compared");
    }

    [Fact]
    public void Every_bar_and_dot_carries_its_series_category_and_the_tables_value()
    {
        var compared = 0;
        foreach (var (id, figure, table) in WebPages.SelectMany(p => Figures(p.Html)).Where(f => f.Table.RowHeader != "År"))
        {
            foreach (Match point in CategoryPoint().Matches(figure))
            {
                var (series, category) = (WebUtility.HtmlDecode(point.Groups["series"].Value), WebUtility.HtmlDecode(point.Groups["category"].Value));
                // Grouped bars draw a row per group and a bar per category: the table has them the other way round.
                if (!table.Rows.Any(r => r.Header == category))
                {
                    (series, category) = (category, series);
                }

                var row = table.Rows.Single(r => r.Header == category);
                var column = table.Columns.IndexOf(series);
                Assert.True(column >= 0, $"{id}: the table has no column «{series}»");
                Assert.Equal(row.Cells[column].TrimEnd('*'), WebUtility.HtmlDecode(point.Groups["value"].Value));
                compared++;
            }
        }

        Assert.True(compared > 50, $"only {compared} bars and dots compared");
    }

    [Fact]
    public void A_line_chart_of_several_groups_has_a_hidden_legend_of_toggle_buttons_one_per_line()
    {
        var legends = 0;
        foreach (var (id, figure, _) in WebPages.SelectMany(p => Figures(p.Html)))
        {
            var series = SeriesGroup().Matches(figure).Select(m => m.Groups["series"].Value).ToList();
            var legend = Legend().Match(figure);
            if (series.Count < 2)
            {
                Assert.False(legend.Success, id);
                continue;
            }

            Assert.True(legend.Success, $"{id} has no legend");
            Assert.Equal(id, legend.Groups["chart"].Value);
            var tags = HtmlScan.Tags(legend.Value);
            Assert.Contains("hidden", tags[0].Attributes.Select(a => a.Name));
            Assert.False(string.IsNullOrWhiteSpace(tags[0]["aria-label"]));
            var buttons = tags.Where(t => t.Name == "button").ToList();
            Assert.Equal(series.Select(WebUtility.HtmlDecode), buttons.Select(b => b["data-series"]));
            Assert.All(buttons, b => Assert.Equal(("button", "true"), (b["type"], b["aria-pressed"])));
            Assert.All(tags.Where(t => t.Name == "svg"), s => Assert.Equal("true", s["aria-hidden"]));
            legends++;
        }

        Assert.True(legends > 10, $"only {legends} legends");
    }

    [Fact]
    public void Each_chart_links_its_csv_and_svg_files_and_cites_its_source()
    {
        var files = Sample.Value.Charts.Select(c => c.Id).ToHashSet();
        var figures = WebPages.SelectMany(p => Figures(p.Html)).ToList();

        Assert.NotEmpty(figures);
        foreach (var (id, figure, _) in figures)
        {
            Assert.Contains(id, files);
            Assert.Contains($"<a href=\"charts/{id}.csv\" download>Tall (CSV)</a>", figure);
            Assert.Contains($"<a href=\"charts/{id}.svg\" download>Bilde (SVG)</a>", figure);
            Assert.Contains($"<span class=\"chart-png\" hidden> · <button type=\"button\" data-png=\"{id}.png\">Bilde (PNG)</button></span>", figure);
            Assert.Matches("<p class=\"chart-citation\">Kilde: [^<]+\\. Hentet fra Integrering i Norge 2025, [^<]+ 2025\\.</p>", figure);
        }

        Assert.Equal(figures.Select(f => f.Id).Distinct().Order(), files.Order());
    }

    [Fact]
    public void Each_charts_csv_file_holds_the_figures_of_its_table()
    {
        var formats = TestPhrases.Bokmål;

        foreach (var chart in Sample.Value.Charts)
        {
            var lines = ChartFiles.Csv(chart).TrimStart('\uFEFF').TrimEnd('\n').Split('\n').Select(AnnualReport.Tests.Disclosure.QuotedCsv.Fields).ToList();
            // The chart's table among its indicator's tables: the one with the file's headings, the fullest.
            var table = SectionTables(chart.Id).Where(t => lines[0].SequenceEqual([t.RowHeader, .. t.Columns])).OrderByDescending(t => t.Rows.Count).FirstOrDefault();
            Assert.True(table is not null, $"{chart.Id}: no table of the indicator has the headings {string.Join(", ", lines[0])}");
            Assert.Equal([table.RowHeader, .. table.Columns], lines[0]);
            Assert.Equal(table.Rows.Select(r => r.Header), lines.Skip(1).Select(l => l[0]));
            foreach (var (row, line) in table.Rows.Zip(lines.Skip(1)))
            {
                // Numbers with a decimal point in the file, in the language's way on the page; symbols the same.
                var shown = line.Skip(1).Select(f => double.TryParse(f, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? formats.Number(v, chart.Decimals) : f);
                Assert.Equal(row.Cells.Select(c => c.TrimEnd('*')), shown);
            }
        }
    }

    [Fact]
    public void The_chart_svg_file_is_the_chart_as_drawn_on_the_page()
    {
        var chart = Sample.Value.Charts[0];
        var page = WebPages.First(p => p.Html.Contains($"aria-labelledby=\"{chart.Id}-title", StringComparison.Ordinal));

        var file = ChartFiles.Svg(chart);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", file);
        Assert.Contains(chart.Svg, page.Html);
        System.Xml.Linq.XDocument.Parse(file);
    }

    [Fact]
    public void The_print_document_has_no_legend_downloads_citation_or_script()
    {
        var print = Sample.Value.Pages.Single(p => p.FileName == HtmlRenderer.PrintPage).Html;

        Assert.DoesNotContain("chart-legend", print);
        Assert.DoesNotContain("chart-downloads", print);
        Assert.DoesNotContain("chart-citation", print);
        Assert.DoesNotContain("<script", print);
        Assert.DoesNotContain("script-src", print);
        Assert.All(WebPages, p => Assert.Contains(HtmlScan.ShippedScript, p.Html));
    }

    /// <summary>A data table as the page shows it: the row header's title, the column titles, the rows' headers and cells.</summary>
    private sealed record Table(string RowHeader, List<string> Columns, List<(string Header, List<string> Cells)> Rows)
    {
        public static Table Read(string html)
        {
            var columns = ColumnHeader().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            var rows = TableRow().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups["header"].Value), Cell().Matches(m.Groups["cells"].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList())).ToList();
            return new Table(columns[0], columns[1..], rows);
        }
    }

    [GeneratedRegex("""<figure class="chart"[^>]*>\s*<svg[^>]*aria-labelledby="(?<id>[^ "]+)-title.*?</figure>""", RegexOptions.Singleline)]
    private static partial Regex FigureBlock();

    [GeneratedRegex("""<g class="series"[^>]* data-series="(?<series>[^"]*)">(?<points>.*?)</g>""", RegexOptions.Singleline)]
    private static partial Regex SeriesGroup();

    [GeneratedRegex("""data-year="(?<year>\d{4})" data-value="(?<value>[^"]*)"/>""")]
    private static partial Regex YearPoint();

    [GeneratedRegex("""data-series="(?<series>[^"]*)" data-category="(?<category>[^"]*)" data-value="(?<value>[^"]*)"/>""")]
    private static partial Regex CategoryPoint();

    [GeneratedRegex("""<ul class="chart-legend" data-chart="(?<chart>[^"]*)".*?</ul>""", RegexOptions.Singleline)]
    private static partial Regex Legend();

    [GeneratedRegex("""<th scope="col">([^<]*)</th>""")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex("""<tr><th scope="row">(?<header>[^<]*)</th>(?<cells>.*?)</tr>""")]
    private static partial Regex TableRow();

    [GeneratedRegex("""<td>([^<]*)</td>""")]
    private static partial Regex Cell();
}

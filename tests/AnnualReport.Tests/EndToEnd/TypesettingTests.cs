using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// The sample publication typeset like a report: no page ends with a heading or caption parted from
/// its content, the indicators show their last years and the appendix and downloads every year.
/// </summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed partial class TypesettingTests(SampleBuildFixture build)
{
    private string PrintHtml => File.ReadAllText(Path.Combine(build.Site, "print.html"));

    [Fact]
    public void No_page_ends_with_a_heading_or_table_caption_and_none_begins_with_a_figure_caption()
    {
        var pages = Enumerable.Range(1, Poppler.PageCount(build.Pdf))
            .Select(p => (IReadOnlyList<string>)Poppler.ReadingText(build.Pdf, p).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

        // The body begins on the page of the contents' first entry (the saved print.html has the printed numbers).
        var firstPage = int.Parse(TocPage().Match(PrintHtml).Groups[1].Value, CultureInfo.InvariantCulture);

        var found = PageEnds.Offending(pages, PageEnds.FromHtml(PrintHtml), firstPage);

        Assert.True(found.Count == 0, string.Join("\n", found.Select(f => $"page {f.Page}: {f.Found}")));
    }

    [Fact]
    public void The_appendix_holds_every_year_of_every_total_series_in_analysis_json()
    {
        var html = PrintHtml;
        var appendix = html[html.IndexOf($"id=\"{TableLayout.AppendixId}\"", StringComparison.Ordinal)..];
        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Site, "analysis.json")));
        var checkedYears = 0;
        foreach (var series in analysis.RootElement.GetProperty("series").EnumerateArray().Where(s => s.GetProperty("breakdown").ValueKind == JsonValueKind.Null))
        {
            var id = series.GetProperty("indicator").GetString()!;
            var section = Section(appendix, $"{id}-tables");
            var years = RowHeaders(section);
            foreach (var point in series.GetProperty("points").EnumerateArray())
            {
                Assert.Contains(point.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), years);
                checkedYears++;
            }
        }

        Assert.True(checkedYears > 100, $"only {checkedYears} years checked");
    }

    [Fact]
    public void Appendix_tables_are_numbered_on_their_own_and_each_indicator_links_to_its_own()
    {
        var html = PrintHtml;
        var appendix = html[html.IndexOf($"id=\"{TableLayout.AppendixId}\"", StringComparison.Ordinal)..];

        Assert.Contains("<span class=\"table-number\">Tabell V.1</span>", appendix, StringComparison.Ordinal);
        Assert.DoesNotContain("data-unnumbered", html, StringComparison.Ordinal);
        foreach (Match indicator in IndicatorSection().Matches(html[..html.IndexOf($"id=\"{TableLayout.AppendixId}\"", StringComparison.Ordinal)]))
        {
            var id = indicator.Groups[1].Value;
            Assert.Contains($"<a href=\"#{id}-tables\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{id}-tables\"", appendix, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compact_tables_show_only_the_last_years_as_the_same_cells_as_the_full_table()
    {
        var html = PrintHtml;
        var split = html.IndexOf($"id=\"{TableLayout.AppendixId}\"", StringComparison.Ordinal);
        var (body, appendix) = (html[..split], html[split..]);
        var compared = 0;
        foreach (Match indicator in IndicatorSection().Matches(body))
        {
            var id = indicator.Groups[1].Value;
            var compact = Rows(FirstTable(Section(body, id)));
            var full = Rows(FirstTable(Section(appendix, $"{id}-tables")));

            Assert.InRange(compact.Count, 1, TableLayout.RecentYears);
            Assert.Equal(full.TakeLast(compact.Count), compact);
            if (full.Count > TableLayout.RecentYears)
            {
                Assert.Equal(TableLayout.RecentYears, compact.Count);
                compared++;
            }
        }

        Assert.True(compared > 10, $"only {compared} indicators had more years than the compact table");
    }

    [Fact]
    public void The_web_pages_keep_every_table_behind_a_disclosure_without_numbering_it()
    {
        var theme = File.ReadAllText(Path.Combine(build.Site, "arbeid.html"));

        Assert.Contains("<details class=\"full-tables\" data-noref>", theme, StringComparison.Ordinal);
        Assert.Contains("data-unnumbered", theme, StringComparison.Ordinal);
        Assert.DoesNotContain("Tabell V.", theme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_downloads_hold_every_year_of_every_series()
    {
        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Site, "analysis.json")));
        foreach (var group in analysis.RootElement.GetProperty("series").EnumerateArray().GroupBy(s => s.GetProperty("indicator").GetString()!))
        {
            var csv = File.ReadAllLines(Path.Combine(build.Site, "data", $"{group.Key}.csv"));
            var yearsInCsv = csv.Skip(1).Select(l => YearField().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
            foreach (var point in group.SelectMany(s => s.GetProperty("points").EnumerateArray()))
            {
                Assert.Contains(point.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), yearsInCsv);
            }

            Assert.True(csv.Length - 1 >= group.Sum(s => s.GetProperty("points").GetArrayLength()), $"{group.Key}: fewer rows than points");
        }
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section class=\"{(id.EndsWith("-tables", StringComparison.Ordinal) ? "appendix-indicator" : "indicator")}\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string FirstTable(string section)
    {
        var start = section.IndexOf("<table", StringComparison.Ordinal);
        return section[start..section.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static HashSet<string> RowHeaders(string html) =>
        RowHeader().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToHashSet();

    private static List<string> Rows(string table) =>
        Row().Matches(table).Select(m => Regex.Replace(WebUtility.HtmlDecode(m.Value), @"<[^>]*>|\s+", " ").Trim()).ToList();

    [GeneratedRegex(@"<section class=""indicator"" id=""([^""]+)""")]
    private static partial Regex IndicatorSection();

    [GeneratedRegex(@"<th scope=""row""[^>]*>([^<]*)</th>")]
    private static partial Regex RowHeader();

    [GeneratedRegex(@"<tr><th scope=""row"".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<span class=""toc-page"">(\d+)</span>")]
    private static partial Regex TocPage();

    [GeneratedRegex(@",(\d{4}),")]
    private static partial Regex YearField();
}

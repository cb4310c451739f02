using System.Text.RegularExpressions;
using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>The table under small multiples holds every point the panels draw: every year, every panel.</summary>
public sealed partial class SmallMultiplesTableTests
{
    [Fact]
    public void Every_small_multiples_table_has_every_year_and_every_panel()
    {
        var pages = SampleRender.Bokmål.Pages;
        var checkedCharts = 0;

        foreach (var page in pages.Where(p => p.FileName != "print.html"))
        {
            foreach (Match figure in SmallMultiplesFigure().Matches(page.Html))
            {
                var (first, last) = (int.Parse(figure.Groups["first"].Value), int.Parse(figure.Groups["last"].Value));
                var panels = PanelInDescription().Matches(figure.Groups["svg"].Value).Select(m => m.Groups[1].Value.Trim()).ToList();
                // The chart's table is the one captioned with the chart's title: the full tables
                // come after the indicator's charts (on the web behind a disclosure, in print in the appendix).
                var title = Regex.Match(figure.Groups["svg"].Value, $"<title id=\"{Regex.Escape(figure.Groups["id"].Value)}-title\">([^<]*)</title>").Groups[1].Value;
                var at = page.Html.IndexOf($"<caption>{title}", figure.Index, StringComparison.Ordinal);
                Assert.True(title.Length > 0 && at > 0, $"{figure.Groups["id"].Value}: no table captioned «{title}»");
                var table = page.Html[at..];
                table = table[..(table.IndexOf("</table>", StringComparison.Ordinal) + 8)];
                var rows = RowHeader().Matches(table).Select(m => m.Groups[1].Value).ToList();
                var columns = ColumnHeader().Matches(table).Select(m => m.Groups[1].Value).ToList();

                Assert.Contains(first.ToString(), rows);
                Assert.Contains(last.ToString(), rows);
                Assert.True(rows.Count >= 3, $"{figure.Groups["id"].Value}: the table has rows {string.Join(", ", rows)}");
                Assert.NotEmpty(panels);
                Assert.All(panels, panel => Assert.Contains(columns, c => c.StartsWith(panel, StringComparison.Ordinal)));
                checkedCharts++;
            }
        }

        Assert.Equal(6, checkedCharts);
    }

    [GeneratedRegex("""<figure class="chart"[^>]*><svg[^>]*aria-labelledby="(?<id>[^ "]+)-title[^>]*>(?<svg>(?:(?!</svg>).)*?<desc[^>]*>Små diagrammer[^<]*?(?<first>\d{4})–(?<last>\d{4})\.(?:(?!</svg>).)*)</svg>""", RegexOptions.Singleline)]
    private static partial Regex SmallMultiplesFigure();

    [GeneratedRegex("""[.] ([^.:<]+): (?:fra|ingen tall)""")]
    private static partial Regex PanelInDescription();

    [GeneratedRegex("""<th scope="row">([^<]+)</th>""")]
    private static partial Regex RowHeader();

    [GeneratedRegex("""<th scope="col">([^<]+)</th>""")]
    private static partial Regex ColumnHeader();
}

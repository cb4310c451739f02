using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AnnualReport.Charts;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

public sealed class LineChartTests
{

    private static LineChartSpec Employment() => new(
        "chart-test",
        "Sysselsatte 20–66 år",
        "Prosent",
        1,
        ZeroBased: true,
        [
            new ChartSeries("Innvandrere", [new(2017, 65.0), new(2019, 67.3), new(2020, 65.4), new(2021, 68.9), new(2022, 68.9), new(2023, 68.2)]),
            new ChartSeries("Øvrig befolkning", [new(2017, 77.8), new(2019, 78.8), new(2020, 78.1), new(2021, 79.2), new(2022, 79.8), new(2023, 79.8)]),
        ]);

    [Fact]
    public void Line_chart_matches_its_golden_file()
    {
        Golden.Match(LineChart.Render(Employment(), TestPhrases.Bokmål), "Charts/Golden/line-two-groups.svg");
    }

    [Fact]
    public void Same_spec_gives_the_same_bytes()
    {
        Assert.Equal(LineChart.Render(Employment(), TestPhrases.Bokmål), LineChart.Render(Employment(), TestPhrases.Bokmål));
    }

    [Fact]
    public void Svg_is_well_formed_and_labelled_for_assistive_technology()
    {
        var svg = XElement.Parse(LineChart.Render(Employment(), TestPhrases.Bokmål));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.Equal("chart-test-title chart-test-desc", svg.Attribute("aria-labelledby")?.Value);
        Assert.Equal("Sysselsatte 20–66 år", svg.Element(ns + "title")?.Value);
        var description = svg.Element(ns + "desc")?.Value ?? string.Empty;
        Assert.Contains("Innvandrere: fra 65,0 i 2017 til 68,2 i 2023.", description);
        Assert.Contains("Øvrig befolkning: fra 77,8 i 2017 til 79,8 i 2023.", description);
    }

    [Fact]
    public void A_missing_year_leaves_a_gap_instead_of_a_bridge()
    {
        var svg = LineChart.Render(Employment(), TestPhrases.Bokmål);
        var paths = Regex.Matches(svg, "<path d=\"([^\"]+)\" stroke-width").Select(m => m.Groups[1].Value).ToList();

        // 2018 is missing: each line starts again (a second M) at 2019.
        Assert.Equal(2, paths.Count);
        Assert.All(paths, d => Assert.Equal(2, d.Count(c => c == 'M')));
    }

    [Fact]
    public void Ticks_and_labels_use_norwegian_number_format()
    {
        var spec = Employment() with { Series = [new ChartSeries("Alle", [new(2020, 1234.5), new(2021, 2345.5)])], ZeroBased = true };

        var svg = LineChart.Render(spec, TestPhrases.Bokmål);

        Assert.Contains(">2\u00a0500<", svg);
        Assert.Contains("Alle 2\u00a0345,5", svg);
    }

    [Fact]
    public void Direct_labels_never_overlap()
    {
        var spec = Employment() with
        {
            Series = [new ChartSeries("A", [new(2022, 50.0), new(2023, 50.0)]), new ChartSeries("B", [new(2022, 50.1), new(2023, 50.1)]), new ChartSeries("C", [new(2022, 50.2), new(2023, 50.2)])],
        };

        var ys = Regex.Matches(LineChart.Render(spec, TestPhrases.Bokmål), "<text x=\"[^\"]+\" y=\"([^\"]+)\" dy=\"0.32em\" fill=\"#[0-9a-f]{6}\" font-weight=\"700\"")
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order().ToList();

        Assert.Equal(3, ys.Count);
        Assert.True(ys[1] - ys[0] >= 16 && ys[2] - ys[1] >= 16, string.Join(", ", ys));
    }

    [Fact]
    public void A_chart_with_no_values_still_renders_and_says_so()
    {
        var spec = Employment() with { Series = [new ChartSeries("Innvandrere", [new(2023, null)])] };

        var svg = LineChart.Render(spec, TestPhrases.Bokmål);

        Assert.Contains("Innvandrere: ingen tall.", svg);
        Assert.DoesNotContain("<path d=", svg);
    }
}

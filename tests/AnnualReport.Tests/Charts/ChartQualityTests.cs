using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AnnualReport.Charts;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>Every chart type and edge case: golden bytes, well-formed and labelled SVG, readable print size, contrast.</summary>
public sealed partial class ChartQualityTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Names() => [.. ChartSamples.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Chart_matches_its_golden_file(string name)
    {
        Golden.Match(ChartSamples.All[name], $"Charts/Golden/{name}.svg");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Chart_is_an_image_with_a_title_and_a_description_in_words(string name)
    {
        var svg = XElement.Parse(ChartSamples.All[name]);

        Assert.Equal("img", svg.Attribute("role")?.Value);
        var ids = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal([$"{name}-title", $"{name}-desc"], ids);
        Assert.Equal(ids[0], svg.Element(Ns + "title")?.Attribute("id")?.Value);
        Assert.True((svg.Element(Ns + "desc")?.Value.Length ?? 0) > 10);
        Assert.NotNull(svg.Attribute("viewBox"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_text_prints_smaller_than_8_pt_on_an_a4_page(string name)
    {
        var svg = XElement.Parse(ChartSamples.All[name]);
        if (!svg.Descendants(Ns + "text").Any())
        {
            return;
        }

        // The chart fills the text width of an A4 page: 170 mm = 481.9 pt for the viewBox width.
        var width = double.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);
        var points = 481.9 / width;
        var sizes = svg.DescendantsAndSelf().Select(e => e.Attribute("font-size")?.Value).OfType<string>().Select(s => double.Parse(s, CultureInfo.InvariantCulture));
        Assert.All(sizes, size => Assert.True(size * points >= 8, $"{size} units print at {size * points:0.0} pt"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_colour_has_enough_contrast_against_white(string name)
    {
        var svg = XElement.Parse(ChartSamples.All[name]);
        var texts = svg.Descendants(Ns + "text").Select(t => t.Attribute("fill")?.Value).OfType<string>().Distinct();
        var marks = svg.Descendants().Where(e => e.Name != Ns + "text").SelectMany(e => new[] { e.Attribute("fill")?.Value, e.Attribute("stroke")?.Value })
            .OfType<string>().Where(c => c.StartsWith('#') && c != "#ffffff" && c != ChartPalette.Grid && c != ChartPalette.Axis).Distinct();

        Assert.All(texts, c => Assert.True(Contrast(c) >= 4.5, $"text colour {c}: {Contrast(c):0.00}:1"));
        Assert.All(marks, c => Assert.True(Contrast(c) >= 3, $"graphic colour {c}: {Contrast(c):0.00}:1"));
    }

    [Fact]
    public void Palette_colours_meet_the_text_contrast_and_differ_in_marker_and_dash()
    {
        var styles = Enumerable.Range(0, 4).Select(ChartPalette.For).ToList();

        Assert.All(styles, s => Assert.True(Contrast(s.Colour) >= 4.5, s.Colour));
        Assert.Equal(4, styles.Select(s => s.Marker).Distinct().Count());
        Assert.Equal(4, styles.Select(s => s.Dash ?? "solid").Distinct().Count());
        Assert.True(Contrast(ChartPalette.Axis) >= 3);
    }

    [Fact]
    public void A_series_break_is_never_bridged()
    {
        var paths = PathData().Matches(ChartSamples.All["line-employment"]).Select(m => m.Groups[1].Value).ToList();

        // Innvandrere: 2012–2014 | 2015–2017 | 2019–2023 (2018 missing); the others: before and after 2015.
        Assert.Equal([3, 2, 2], paths.Select(d => d.Count(c => c == 'M')));
    }

    [Fact]
    public void Measurements_one_interval_apart_are_joined_and_a_missing_one_is_a_gap()
    {
        var paths = PathData().Matches(ChartSamples.All["line-elections"]).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal([1, 2], paths.Select(d => d.Count(c => c == 'M')));
        Assert.Equal(3, paths[0].Count(c => c == 'L'));
    }

    [Fact]
    public void Suppressed_bars_show_their_symbol_not_a_zero_bar()
    {
        var svg = XElement.Parse(ChartSamples.All["bar-landbakgrunn"]);

        Assert.Equal(5, svg.Descendants(Ns + "rect").Count());
        Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value == ":");
        Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value == "..");
        Assert.Contains("Sør- og Mellom-Amerika: : (vises ikke av konfidensialitetshensyn)", svg.Element(Ns + "desc")!.Value);
    }

    [Fact]
    public void Sorted_bars_put_the_largest_first()
    {
        var labels = XElement.Parse(ChartSamples.All["bar-sorted-negative"]).Descendants(Ns + "text")
            .Select(t => t.Value).Where(v => v is "Menn" or "Kvinner" or "Begge kjønn").ToList();

        Assert.Equal(["Kvinner", "Begge kjønn", "Menn"], labels);
    }

    [Fact]
    public void The_goal_line_is_drawn_and_named()
    {
        var svg = ChartSamples.All["line-goal"];

        Assert.Contains("stroke-dasharray=\"8 4\"", svg);
        Assert.Contains(">Mål: 70 %<", svg);
    }

    private static double Contrast(string hex)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        var luminance = 0.2126 * Channel(rgb[0]) + 0.7152 * Channel(rgb[1]) + 0.0722 * Channel(rgb[2]);
        return 1.05 / (luminance + 0.05);
    }

    [GeneratedRegex("<path d=\"([^\"]+)\" stroke-width=\"2.5\"")]
    private static partial Regex PathData();
}

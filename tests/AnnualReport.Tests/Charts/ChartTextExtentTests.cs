using System.Globalization;
using System.Xml.Linq;
using AnnualReport.Charts;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>
/// No chart text is clipped: every label's extent, estimated from Noto Sans' advance widths, lies
/// inside the chart's viewBox, for the golden samples and for every chart the sample edition draws.
/// </summary>
public sealed class ChartTextExtentTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    // Noto Sans' ink reaches about 0.77 em above the baseline (accented capitals) and 0.24 em below.
    private const double Ascent = 0.8;
    private const double Descent = 0.25;

    public static TheoryData<string> SampleCharts() => [.. SampleEditionCharts.All.Keys];

    public static TheoryData<string> GoldenCharts() => [.. ChartSamples.All.Keys];

    [Theory]
    [MemberData(nameof(SampleCharts))]
    public void Every_label_of_a_sample_edition_chart_lies_inside_its_view_box(string id)
    {
        AssertInside(SampleEditionCharts.All[id]);
    }

    [Theory]
    [MemberData(nameof(GoldenCharts))]
    public void Every_label_of_a_golden_chart_lies_inside_its_view_box(string name)
    {
        AssertInside(ChartSamples.All[name]);
    }

    [Fact]
    public void A_million_on_the_value_axis_is_not_cut_at_the_left_edge()
    {
        var spec = new LineChartSpec("million", "Antall", "Antall", 0, true,
            [new ChartSeries("Innvandrere", [new ChartPoint(2020, 900_000), new ChartPoint(2024, 1_000_000)])]);

        var texts = Extents(LineChart.Render(spec, TestPhrases.Bokmål)).ToList();

        var million = Assert.Single(texts, t => t.Text.Replace('\u00A0', ' ') == "1 000 000");
        Assert.True(million.Left >= 0, $"«1 000 000» starts at x = {million.Left:0.0}");
    }

    [Fact]
    public void The_estimate_counts_an_unknown_character_as_a_full_em()
    {
        Assert.Equal(13, Svg.TextWidth("\u4E2D"), 3);
        Assert.True(Svg.TextWidth("W", bold: true) > Svg.TextWidth("W"));
    }

    private static void AssertInside(string svgText)
    {
        var svg = XElement.Parse(svgText);
        var box = svg.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var outside = Extents(svgText)
            .Where(t => t.Left < box[0] - 0.5 || t.Right > box[0] + box[2] + 0.5 || t.Top < box[1] - 0.5 || t.Bottom > box[1] + box[3] + 0.5)
            .Select(t => $"«{t.Text}» spans x {t.Left:0.0}–{t.Right:0.0}, y {t.Top:0.0}–{t.Bottom:0.0} in a {box[2]}×{box[3]} view box")
            .ToList();
        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    /// <summary>The box each line of text covers: the anchor decides where it starts, dy moves the baseline.</summary>
    private static IEnumerable<(string Text, double Left, double Right, double Top, double Bottom)> Extents(string svgText)
    {
        var svg = XElement.Parse(svgText);
        var rootSize = Number(svg.Attribute("font-size")?.Value) ?? 16;
        foreach (var text in svg.Descendants(Ns + "text"))
        {
            var size = Number(text.Attribute("font-size")?.Value) ?? rootSize;
            var bold = text.Attribute("font-weight")?.Value is "700" or "bold";
            var anchor = text.Attribute("text-anchor")?.Value ?? "start";
            var x = Number(text.Attribute("x")?.Value) ?? 0;
            var y = (Number(text.Attribute("y")?.Value) ?? 0) + Shift(text.Attribute("dy")?.Value, size);
            var lines = text.Elements(Ns + "tspan").Any()
                ? text.Elements(Ns + "tspan").Select(t => (Text: t.Value, X: Number(t.Attribute("x")?.Value), Dy: Shift(t.Attribute("dy")?.Value, size)))
                : [(Text: text.Value, X: (double?)null, Dy: 0.0)];
            foreach (var line in lines)
            {
                x = line.X ?? x;
                y += line.Dy;
                var width = Svg.TextWidth(line.Text, size, bold);
                var left = anchor switch { "end" => x - width, "middle" => x - width / 2, _ => x };
                yield return (line.Text, left, left + width, y - Ascent * size, y + Descent * size);
            }
        }
    }

    private static double Shift(string? dy, double size) =>
        dy is null ? 0 : dy.EndsWith("em", StringComparison.Ordinal) ? Number(dy[..^2])!.Value * size : Number(dy)!.Value;

    private static double? Number(string? value) => value is null ? null : double.Parse(value, CultureInfo.InvariantCulture);
}

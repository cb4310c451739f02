using System.Xml.Linq;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>
/// Bar, grouped bar, gap and small-multiple charts mark a flagged figure as the line chart does:
/// the mark beside the bar, dot or point, and each flag named with its figures in the description.
/// </summary>
public sealed class FlaggedFigureChartTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static IReadOnlyList<string> Flags(bool flagged, params string[] flags) => flagged ? flags : [];

    private static List<string> Texts(string svg) => XElement.Parse(svg).Descendants(Ns + "text").Select(t => t.Value).ToList();

    private static string Description(string svg) => XElement.Parse(svg).Descendants(Ns + "desc").Single().Value;

    private static string Bars(bool flagged) => BarChart.Render(new BarChartSpec("chart-bars", "Sysselsatte etter landbakgrunn, 2023", "Prosent", 1,
    [
        new ChartBar("Sverige", 63.1, null) { Flags = Flags(flagged, StatusMeanings.Provisional) },
        new ChartBar("Polen", 71.4, null),
        new ChartBar("Somalia", -2.5, null) { Flags = Flags(flagged, StatusMeanings.LowReliability) },
        new ChartBar("Eritrea", null, ".."),
    ]), TestPhrases.Bokmål);

    private static string Grouped(bool flagged) => GroupedBarChart.Render(new GroupedBarChartSpec("chart-grouped", "Sysselsatte etter kjønn, 2023", "Prosent", 1,
        ["Innvandrere", "Øvrig befolkning"],
        ["Menn", "Kvinner"],
        [
            [new ChartBar("Menn", 72.0, null), new ChartBar("Kvinner", 64.8, null) { Flags = Flags(flagged, StatusMeanings.Estimated) }],
            [new ChartBar("Menn", 80.1, null), new ChartBar("Kvinner", 77.5, null)],
        ]), TestPhrases.Bokmål);

    private static string Gap(bool flagged) => GapChart.Render(new GapChartSpec("chart-gap", "Sysselsatte etter alder, 2023", "Prosent", 1, false, "Innvandrere", "Øvrig befolkning",
    [
        new GapRow("20–29 år", 58.2, 74.3) { Flags = Flags(flagged, StatusMeanings.Provisional) },
        new GapRow("30–66 år", 70.1, 81.0) { ReferenceFlags = Flags(flagged, StatusMeanings.Provisional) },
    ]), TestPhrases.Bokmål);

    private static string Panels(bool flagged) => SmallMultiples.Render(new SmallMultiplesSpec("chart-panels", "Sysselsatte etter botid", "Prosent", 1, true,
    [
        new ChartSeries("Under 4 år", [new(2021, 45.0), new(2022, 47.1) { Flags = Flags(flagged, StatusMeanings.Revised) }, new(2023, 48.0) { Flags = Flags(flagged, StatusMeanings.Provisional) }]),
        new ChartSeries("4–9 år", [new(2021, 60.0), new(2022, 61.3), new(2023, 62.2)]),
        new ChartSeries("10 år eller mer", [new(2021, 68.0), new(2022, 68.4), new(2023, 68.9)]),
        new ChartSeries("Norskfødte", [new(2021, 70.0), new(2022, 70.4), new(2023, 71.1)]),
    ]), TestPhrases.Bokmål);

    [Fact]
    public void A_bar_chart_marks_flagged_bars_and_names_them_in_its_description()
    {
        var svg = Bars(flagged: true);

        Assert.Contains("p", Texts(svg));
        Assert.Contains("u", Texts(svg));
        Assert.EndsWith("Foreløpig tall (p): Sverige. Lav pålitelighet (u): Somalia.", Description(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouped_bar_chart_marks_a_flagged_bar_with_its_category_and_series()
    {
        var svg = Grouped(flagged: true);

        Assert.Contains("e", Texts(svg));
        Assert.EndsWith("Anslått tall (e): Innvandrere, Kvinner.", Description(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_chart_marks_the_flagged_dot_of_either_group()
    {
        var svg = Gap(flagged: true);

        Assert.Equal(2, Texts(svg).Count(t => t == "p"));
        Assert.EndsWith("Foreløpig tall (p): 20–29 år, Innvandrere og 30–66 år, Øvrig befolkning.", Description(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Small_multiples_mark_flagged_points_and_name_them_with_panel_and_year()
    {
        var svg = Panels(flagged: true);

        Assert.Contains("r", Texts(svg));
        Assert.Contains("p", Texts(svg));
        Assert.EndsWith("Foreløpig tall (p): Under 4 år 2023. Revidert tall (r): Under 4 år 2022.", Description(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_without_flags_have_no_marks_and_no_flag_sentence()
    {
        foreach (var svg in new[] { Bars(false), Grouped(false), Gap(false), Panels(false) })
        {
            Assert.DoesNotContain($"font-size=\"{Svg.Coord(FlagMarks.Size)}\"", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("tall (", Description(svg), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_figure_shows_its_symbol_and_not_the_flags_of_a_figure()
    {
        var svg = BarChart.Render(new BarChartSpec("chart-missing", "Tittel", "Prosent", 1,
            [new ChartBar("Sverige", null, "..") { Flags = [StatusMeanings.Provisional] }, new ChartBar("Polen", 71.4, null)]), TestPhrases.Bokmål);

        Assert.DoesNotContain("p", Texts(svg));
        Assert.DoesNotContain("Foreløpig", svg, StringComparison.Ordinal);
    }
}

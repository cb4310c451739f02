using System.Xml.Linq;
using AnnualReport.Charts;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>Chart words come from the language's phrase book and numbers follow its culture (en-GB: "65.8%", "2,772,928", "−0.7").</summary>
public sealed class ChartLanguageTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static LineChartSpec Employment(string axis) => new(
        "chart-en",
        "Employment rate, 20–66",
        axis,
        1,
        ZeroBased: true,
        [
            new ChartSeries("Immigrants", [new(2014, 61.2), new(2015, 62.9), new(2016, 63.1), new(2023, -0.7)]),
            new ChartSeries("Rest of the population", [new(2014, 79.2), new(2023, 79.8)]),
        ])
    {
        Breaks = [new ChartBreak(2015, "new data source")],
        Goal = new ChartGoal(65.8, TestPhrases.Formats("en").Phrases.Get("charts.goal", ("value", TestPhrases.Formats("en").Value(65.8, 1, Unit.Percent)))),
    };

    private static (string Title, string Description, List<string> Texts) Read(string svg)
    {
        var root = XElement.Parse(svg);
        return (root.Element(Ns + "title")!.Value, root.Element(Ns + "desc")!.Value, root.Descendants(Ns + "text").Select(t => t.Value).ToList());
    }

    [Fact]
    public void A_line_chart_in_english_has_english_words_and_en_gb_numbers()
    {
        var formats = TestPhrases.Formats("en");

        var (_, description, texts) = Read(LineChart.Render(Employment(formats.UnitTitle(Unit.Percent)), formats));

        Assert.Contains("Per cent", texts);
        Assert.Contains("Break 2015", texts);
        Assert.Contains("Target: 65.8%", texts);
        Assert.Contains("Immigrants \u22120.7", texts);
        Assert.StartsWith("Line chart, per cent, 2014–2023. Immigrants: from 61.2 in 2014 to \u22120.7 in 2023.", description);
        Assert.Contains("Break in series in 2015: new data source", description);
        Assert.EndsWith("Target: 65.8%.", description);
        Assert.DoesNotContain("Brudd", description + string.Concat(texts));
    }

    [Fact]
    public void Bars_in_english_use_thousands_commas_a_true_minus_and_english_symbol_meanings()
    {
        var formats = TestPhrases.Formats("en");

        var (_, description, texts) = Read(BarChart.Render(
            new BarChartSpec("bar-en", "Population by country background", formats.UnitTitle(Unit.Count), 0,
                [new ChartBar("Norway", 2_772_928, null), new ChartBar("Change", -1500, null), new ChartBar("Elsewhere", null, ":")]),
            formats));

        Assert.Contains("2,772,928", texts);
        Assert.Contains("\u22121,500", texts);
        Assert.StartsWith("Bar chart, number, 3 categories. Highest: Norway (2,772,928). Lowest: Change (\u22121,500).", description);
        Assert.Contains("Elsewhere: : (not published, for reasons of confidentiality)", description);
    }

    [Fact]
    public void One_bar_is_one_category_in_the_singular()
    {
        var (_, description, _) = Read(BarChart.Render(new BarChartSpec("one", "One", "Per cent", 1, [new ChartBar("Norway", 65.8, null)]), TestPhrases.Formats("en")));

        Assert.StartsWith("Bar chart, per cent, 1 category.", description);
    }

    [Fact]
    public void Gap_chart_sparkline_and_small_multiples_speak_the_language()
    {
        var en = TestPhrases.Formats("en");
        var nn = TestPhrases.Formats("nn");
        var gap = new GapChartSpec("gap", "Unemployment", "Per cent", 1, true, "Immigrants", "Rest of the population",
            [new GapRow("Nordic countries", 2.3, 1.6), new GapRow("Oceania", null, 1.6, ":")]);
        var multiples = new SmallMultiplesSpec("sm", "Employment by years of residence", "Per cent", 1, true,
            [new ChartSeries("0–4 years", [new(2020, 46.0), new(2023, 56.6)]), new ChartSeries("5–9 years", [new(2020, null), new(2023, null)])]);
        var spark = new SparklineSpec("spark", "Employment", 1, [new(2015, 62.9), new(2023, 68.2)]);

        var (_, gapText, gapLabels) = Read(GapChart.Render(gap, en));
        Assert.Contains("Difference", gapLabels);
        Assert.Contains("+0.7", gapLabels);
        Assert.StartsWith("Dot plot, per cent: Immigrants (filled dot) compared with Rest of the population (open ring). Nordic countries: 2.3 compared with 1.6, difference +0.7.", gapText);
        Assert.EndsWith("Oceania: figures not available (:).", gapText);

        var (_, multiplesText, multiplesLabels) = Read(SmallMultiples.Render(multiples, en));
        Assert.Contains("no figures", multiplesLabels);
        Assert.Equal("Small charts on shared axes, one for each category, per cent, 2020–2023. 0–4 years: from 46.0 in 2020 to 56.6 in 2023. 5–9 years: no figures.", multiplesText);

        Assert.Equal("From 62.9 in 2015 to 68.2 in 2023.", Read(Sparkline.Render(spark, en)).Description);
        Assert.Equal("Frå 62,9 i 2015 til 68,2 i 2023.", Read(Sparkline.Render(spark, nn)).Description);
    }

    [Fact]
    public void The_sample_edition_drawn_in_nynorsk_has_nynorsk_chart_words()
    {
        var formats = TestPhrases.Formats("nn");

        var charts = ChartBuilder.Build(SampleEdition.Catalogue, SampleEdition.Analysis.Indicators, formats);

        var employment = Read(charts["sysselsetting"].Main);
        Assert.StartsWith("Linjediagram, prosent,", employment.Description);
        Assert.Contains("Brot i serien i 2015", employment.Description);
        Assert.Contains("Brot 2015", employment.Texts);
        var all = string.Concat(charts.Values.SelectMany(c => c.Breakdowns.Values.Append(c.Main).Append(c.Sparkline)).Select(svg => Read(svg).Description));
        Assert.DoesNotContain("Brudd", all);
        Assert.DoesNotContain("ingen tall", all);
        Assert.DoesNotContain("Stolpediagram, prosent, 2 kategorier", all);
    }
}

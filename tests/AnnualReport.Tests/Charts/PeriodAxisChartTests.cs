using System.Text.RegularExpressions;
using AnnualReport.Charts;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>A line chart of quarters: years label the axis at each year's first quarter; points, text and description name the quarter.</summary>
public sealed partial class PeriodAxisChartTests
{
    private static string Quarterly(string language)
    {
        // 2022Q3 to 2024Q2: eight quarters.
        var points = Enumerable.Range(0, 8).Select(i => new ChartPoint(PeriodAxis.Ordinal(new PeriodCode(2022, 4, 3), 4) + i, 5 + (0.1 * i))).ToList();
        return LineChart.Render(new LineChartSpec("q", "Ledighet", "Prosent", 1, true, [new ChartSeries("Innvandrere", points)])
        {
            PerYear = 4,
            Breaks = [new ChartBreak(PeriodAxis.Start(2024, 4), "Ny kilde")],
        }, TestPhrases.Formats(language));
    }

    [Fact]
    public void The_axis_is_labelled_with_the_years_whose_first_quarter_it_shows()
    {
        var axis = AxisGroup().Match(Quarterly("nb")).Value;

        Assert.Equal(["2023", "2024"], TextElement().Matches(axis).Select(m => m.Groups[1].Value));

        // One short tick per quarter and one long tick per labelled year.
        Assert.Equal(8 + 2, Regex.Count(axis, "<line"));
    }

    [Theory]
    [InlineData("nb", "3. kv. 2022", "2. kv. 2024")]
    [InlineData("nn", "3. kv. 2022", "2. kv. 2024")]
    [InlineData("en", "Q3 2022", "Q2 2024")]
    public void Points_and_the_description_name_the_quarter_in_the_language(string language, string first, string last)
    {
        var svg = Quarterly(language);

        Assert.Contains($"data-year=\"{last}\"", svg, StringComparison.Ordinal);
        Assert.Contains(first, Description().Match(svg).Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains(last, Description().Match(svg).Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain(PeriodAxis.Ordinal(new PeriodCode(2024, 4, 2), 4).ToString(System.Globalization.CultureInfo.InvariantCulture), svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarters_within_one_year_after_its_first_are_labelled_with_their_year()
    {
        var points = Enumerable.Range(1, 3).Select(i => new ChartPoint(PeriodAxis.Ordinal(new PeriodCode(2024, 4, 1 + i), 4), 5 + i)).ToList();
        var svg = LineChart.Render(new LineChartSpec("q", "T", "Prosent", 1, true, [new ChartSeries("A", points)]) { PerYear = 4 }, TestPhrases.Formats("nb"));

        Assert.Equal(["2024"], TextElement().Matches(AxisGroup().Match(svg).Value).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void A_yearly_chart_keeps_a_label_per_year()
    {
        var svg = LineChart.Render(new LineChartSpec("y", "T", "Prosent", 1, true, [new ChartSeries("A", [new(2020, 1), new(2021, 2), new(2022, 3)])]), TestPhrases.Formats("nb"));

        Assert.Equal(["2020", "2021", "2022"], TextElement().Matches(AxisGroup().Match(svg).Value).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex("<g class=\"axis x\">.*?</g>", RegexOptions.Singleline)]
    private static partial Regex AxisGroup();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex TextElement();

    [GeneratedRegex("<desc[^>]*>([^<]*)</desc>")]
    private static partial Regex Description();
}

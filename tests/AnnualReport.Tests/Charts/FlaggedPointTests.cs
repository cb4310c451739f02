using System.Xml.Linq;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>A point the source flags carries its mark beside it, and the description names each flag with its points.</summary>
public sealed class FlaggedPointTests
{
    private static LineChartSpec Spec(bool flagged) => new(
        "chart-flags",
        "Sysselsetting",
        "Prosent",
        1,
        ZeroBased: true,
        [
            new ChartSeries("Sverige", [new(2022, 62.6), new(2023, 63.1) { Flags = flagged ? [StatusMeanings.Provisional] : [] }]),
            new ChartSeries("Norge", [new(2022, 60.9), new(2023, 61.2) { Flags = flagged ? [StatusMeanings.Provisional, StatusMeanings.Estimated] : [] }]),
        ]);

    [Fact]
    public void Flagged_points_get_their_marks_and_the_description_explains_them()
    {
        var svg = LineChart.Render(Spec(flagged: true), TestPhrases.Bokmål);

        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = XElement.Parse(svg).Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("p", texts);
        Assert.Contains("pe", texts);
        Assert.Contains("Foreløpig tall (p): Sverige 2023 og Norge 2023. Anslått tall (e): Norge 2023.", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_without_flags_has_no_marks()
    {
        var plain = LineChart.Render(Spec(flagged: false), TestPhrases.Bokmål);

        Assert.DoesNotContain("Foreløpig", plain, StringComparison.Ordinal);
        Assert.DoesNotContain(">p<", plain, StringComparison.Ordinal);
    }
}

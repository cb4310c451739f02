using AnnualReport.Charts;
using static AnnualReport.Data.StatusMeanings;
using AnnualReport.Localization;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>
/// One spec per chart type and per edge case, rendered to the golden files in Charts/Golden/ and to
/// the PNG gallery (scripts/chart-gallery.sh) for a person to look at.
/// </summary>
internal static class ChartSamples
{
    private static readonly Formats Nb = TestPhrases.Bokmål;

    private static List<ChartPoint> Years(int from, params double?[] values) => values.Select((v, i) => new ChartPoint(from + i, v)).ToList();

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["line-employment"] = LineChart.Render(new LineChartSpec("line-employment", "Sysselsatte 20–66 år", "Prosent", 1, true,
        [
            new ChartSeries("Innvandrere", Years(2012, 63.5, 63.1, 63.3, 62.9, 63.1, 65.0, null, 67.3, 65.4, 68.9, 68.9, 68.2)),
            new ChartSeries("Norskfødte med innvandrerforeldre", Years(2012, 65.0, 66.2, 66.9, 67.2, 68.1, 69.1, 69.2, 69.4, 70.2, 70.9, 71.0, 71.3)),
            new ChartSeries("Øvrig befolkning", Years(2012, 79.2, 79.2, 79.2, 77.6, 77.2, 77.8, 78.5, 78.8, 78.1, 79.2, 79.8, 79.8)),
        ])
        {
            Breaks = [new ChartBreak(2015, "ny datakilde")],
            HighlightLatest = true,
        }, Nb),
        ["line-goal"] = LineChart.Render(new LineChartSpec("line-goal", "I arbeid eller utdanning etter introduksjonsprogrammet", "Prosent", 0, true,
            [new ChartSeries("Deltakere", Years(2014, 58, 61, 59, 58, 60, 62, 60, 66, 65, 66))])
        {
            Goal = new ChartGoal(70, "Mål: 70 %"),
        }, Nb),
        ["line-elections"] = LineChart.Render(new LineChartSpec("line-elections", "Valgdeltakelse ved stortingsvalg", "Prosent", 0, true,
        [
            new ChartSeries("Innvandrere", [new(2009, 52.0), new(2013, 55.0), new(2017, 55.0), new(2021, 50.0)]),
            new ChartSeries("Øvrig befolkning", [new(2013, 80.0), new(2017, null), new(2021, 80.0)]),
        ])
        {
            Interval = 4,
        }, Nb),
        ["line-one-point"] = LineChart.Render(new LineChartSpec("line-one-point", "Én måling", "Prosent", 0, true, [new ChartSeries("Innvandrere", Years(2023, 42.0))]), Nb),
        ["line-all-missing"] = LineChart.Render(new LineChartSpec("line-all-missing", "Ingen tall", "Prosent", 1, true, [new ChartSeries("Innvandrere", Years(2021, null, null, null))]), Nb),
        ["line-negative"] = LineChart.Render(new LineChartSpec("line-negative", "Endring i sysselsetting", "Prosentpoeng", 1, false,
            [new ChartSeries("Innvandrere", Years(2018, 1.2, -0.4, -2.6, 3.5, 0.0, -0.7))]), Nb),
        ["bar-landbakgrunn"] = BarChart.Render(new BarChartSpec("bar-landbakgrunn", "Sysselsatte innvandrere etter landbakgrunn, 2023", "Prosent", 1,
        [
            new ChartBar("Norden", 82.5, null), new ChartBar("EU/EØS utenom Norden", 78.1, null), new ChartBar("Europa ellers", 69.8, null),
            new ChartBar("Asia", 59.5, null), new ChartBar("Afrika", 53.3, null), new ChartBar("Sør- og Mellom-Amerika", null, ":"),
            new ChartBar("Nord-Amerika og Oseania", null, ".."),
        ]), Nb),
        ["bar-sorted-negative"] = BarChart.Render(new BarChartSpec("bar-sorted-negative", "Endring siden 2018", "Prosentpoeng", 1,
            [new ChartBar("Menn", -1.5, null), new ChartBar("Kvinner", 2.25, null), new ChartBar("Begge kjønn", 0.4, null)], Sorted: true), Nb),
        ["bar-many-long"] = BarChart.Render(new BarChartSpec("bar-many-long", "Mange kategorier med lange navn", "Antall", 0,
            Enumerable.Range(1, 15).Select(i => new ChartBar(i % 3 == 0 ? $"Kategori {i} med et svært langt navn som må brytes over to linjer" : $"Kategori {i}", i * 1234.0, null)).ToList()), Nb),
        ["grouped-kjonn"] = GroupedBarChart.Render(new GroupedBarChartSpec("grouped-kjonn", "Sysselsatte etter kjønn, 2023", "Prosent", 1,
            ["Innvandrere", "Norskfødte med innvandrerforeldre", "Øvrig befolkning"], ["Menn", "Kvinner"],
            [[new("Menn", 72.0, null), new("Kvinner", 64.4, null)], [new("Menn", 71.9, null), new("Kvinner", null, ":")], [new("Menn", 81.5, null), new("Kvinner", 78.5, null)]]), Nb),
        ["gap-landbakgrunn"] = GapChart.Render(new GapChartSpec("gap-landbakgrunn", "Arbeidsledighet etter landbakgrunn, 2024", "Prosent", 1, true,
            "Innvandrere", "Øvrig befolkning",
            [new GapRow("Norden", 2.3, 1.6), new GapRow("Asia", 5.8, 1.6), new GapRow("Afrika", 9.5, 1.6), new GapRow("Nord-Amerika og Oseania", null, 1.6, ":")]), Nb),
        ["small-multiples-botid"] = SmallMultiples.Render(new SmallMultiplesSpec("small-multiples-botid", "Sysselsatte innvandrere etter botid", "Prosent", 1, true,
        [
            new ChartSeries("0–4 år", Years(2013, 46.0, 45.1, 44.0, 45.8, 48.2, 50.1, 52.0, 49.5, 55.0, 56.1, 56.6)),
            new ChartSeries("5–9 år", Years(2013, 62.0, 62.5, 63.1, null, 64.0, 66.2, 67.0, 65.3, 68.9, 69.0, 69.6)),
            new ChartSeries("10 år eller mer", Years(2013, 71.0, 71.2, 71.5, 72.0, 72.8, 73.5, 74.0, 72.9, 74.6, 74.9, 74.8)),
        ])
        {
            Breaks = [new ChartBreak(2015, "ny datakilde")],
        }, Nb),
        // The source's flags: marks beside the point, bar or dot, the widest labels of their charts with them.
        ["line-flagged"] = LineChart.Render(new LineChartSpec("line-flagged", "Sysselsatte 20–64 år (Eurostat)", "Prosent", 1, true,
        [
            new ChartSeries("Utenlandske statsborgere", [new(2021, 66.0) { Flags = [Provisional] }, new(2022, 67.4), new(2023, 68.1) { Flags = [Provisional, Estimated] }]),
            new ChartSeries("Norske statsborgere", [new(2021, 80.2), new(2022, 80.9), new(2023, 81.0) { Flags = [Provisional] }]),
        ]), Nb),
        ["bar-flagged"] = BarChart.Render(new BarChartSpec("bar-flagged", "Sysselsatte innvandrere etter landbakgrunn, 2023", "Prosent", 1,
        [
            new ChartBar("Norden", 82.5, null) { Flags = [Provisional, Estimated] }, new ChartBar("Asia", 59.5, null),
            new ChartBar("Afrika", -3.3, null) { Flags = [LowReliability] }, new ChartBar("Nord-Amerika og Oseania", null, "..") { Flags = [Provisional] },
        ]), Nb),
        ["grouped-flagged"] = GroupedBarChart.Render(new GroupedBarChartSpec("grouped-flagged", "Sysselsatte etter kjønn, 2023", "Prosent", 1,
            ["Innvandrere", "Øvrig befolkning"], ["Menn", "Kvinner"],
            [[new("Menn", 72.0, null), new("Kvinner", 84.4, null) { Flags = [Provisional, Estimated] }], [new("Menn", 81.5, null) { Flags = [Revised] }, new("Kvinner", 78.5, null)]]), Nb),
        ["gap-flagged"] = GapChart.Render(new GapChartSpec("gap-flagged", "Arbeidsledighet etter landbakgrunn, 2024", "Prosent", 1, true,
            "Innvandrere", "Øvrig befolkning",
            [new GapRow("Norden", 2.3, 1.6) { Flags = [Provisional], ReferenceFlags = [Provisional] }, new GapRow("Afrika", 9.5, 1.6) { Flags = [LowReliability] }]), Nb),
        ["small-multiples-flagged"] = SmallMultiples.Render(new SmallMultiplesSpec("small-multiples-flagged", "Sysselsatte innvandrere etter botid", "Prosent", 1, true,
        [
            new ChartSeries("0–4 år", [new(2021, 55.0), new(2022, 56.1) { Flags = [Revised] }, new(2023, 56.6) { Flags = [Provisional, Estimated] }]),
            new ChartSeries("5–9 år", [new(2021, 68.9), new(2022, 69.0), new(2023, 69.6)]),
            new ChartSeries("10 år eller mer", [new(2021, 74.6), new(2022, 74.9), new(2023, 100.0) { Flags = [Provisional] }]),
        ]), Nb),
        ["sparkline"] = Sparkline.Render(new SparklineSpec("sparkline", "Sysselsatte innvandrere", 1, Years(2015, 62.9, 63.1, 65.0, 66.4, 67.3, 65.4, 68.9, 68.9, 68.2)), Nb),
    };
}

using System.Globalization;
using AnnualReport.Charts;
using AnnualReport.Localization;
using BenchmarkDotNet.Attributes;

namespace AnnualReport.Benchmarks;

/// <summary>
/// Drawing 1 000 charts of each kind, as a municipality batch would: the figure the README reports.
/// Run: dotnet run -c Release --project bench/AnnualReport.Benchmarks -- --filter '*ChartBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private const int Charts = 1000;
    private static readonly Formats Norwegian = new(PhraseBook.Load(Path.Combine(StageBenchmarks.FindRoot(), "templates"), "nb", CultureInfo.GetCultureInfo("nb-NO")));

    private readonly LineChartSpec _line = new("b", "Sysselsatte 20–66 år", "Prosent", 1, true,
    [
        new ChartSeries("Innvandrere", Enumerable.Range(2010, 14).Select(y => new ChartPoint(y, 60 + (y % 5))).ToList()),
        new ChartSeries("Norskfødte med innvandrerforeldre", Enumerable.Range(2010, 14).Select(y => new ChartPoint(y, 66 + (y % 3))).ToList()),
        new ChartSeries("Øvrig befolkning", Enumerable.Range(2010, 14).Select(y => new ChartPoint(y, 78 + (y % 2))).ToList()),
    ])
    {
        Breaks = [new ChartBreak(2015, "ny datakilde")],
    };

    private readonly BarChartSpec _bar = new("b", "Landbakgrunn", "Prosent", 1,
        new[] { "Norden", "EU/EØS", "Europa ellers", "Asia", "Afrika", "Sør- og Mellom-Amerika", "Nord-Amerika og Oseania" }
            .Select((c, i) => new ChartBar(c, 50 + i * 4.5, null)).ToList());

    [Benchmark]
    public int ThousandLineCharts()
    {
        var length = 0;
        for (var i = 0; i < Charts; i++)
        {
            length += LineChart.Render(_line, Norwegian).Length;
        }

        return length;
    }

    [Benchmark]
    public int ThousandBarCharts()
    {
        var length = 0;
        for (var i = 0; i < Charts; i++)
        {
            length += BarChart.Render(_bar, Norwegian).Length;
        }

        return length;
    }
}

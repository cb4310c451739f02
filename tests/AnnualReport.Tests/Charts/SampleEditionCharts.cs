using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>Every chart the sample edition draws (line, breakdown and sparkline), by its id, made once in process.</summary>
internal static class SampleEditionCharts
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Charts = new(Build);

    public static IReadOnlyDictionary<string, string> All => Charts.Value;

    private static IReadOnlyDictionary<string, string> Build()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));
        var charts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, indicator) in ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål))
        {
            charts[$"{id}"] = indicator.Main;
            charts[$"{id}-sparkline"] = indicator.Sparkline;
            foreach (var (breakdown, svg) in indicator.Breakdowns)
            {
                charts[$"{id}-{breakdown}"] = svg;
            }
        }

        return charts;
    }
}

using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;
using BenchmarkDotNet.Attributes;

namespace AnnualReport.Benchmarks;

/// <summary>
/// The in-process stages of the sample build, without the browser: where the time of a build goes
/// besides printing. Run: dotnet run -c Release --project bench/AnnualReport.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _catalogue = null!;
    private string _content = null!;
    private string _templates = null!;
    private IndicatorCatalogue _loaded = null!;
    private IReadOnlyList<IndicatorData> _data = null!;
    private EditionAnalysis _analysis = null!;
    private IReadOnlyDictionary<string, IndicatorCharts> _charts = null!;
    private Localization.Formats _formats = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _catalogue = Path.Combine(root, "editions", "2025", "indicators.yaml");
        _content = Path.Combine(root, "editions", "2025");
        _templates = Path.Combine(root, "templates");
        _loaded = CatalogueLoader.Load(_catalogue);
        _data = DataLoader.Load(_loaded, Model.EditionFiles.For(_content));
        _analysis = EditionAnalysis.Run(_loaded, _data);
        _formats = new Localization.Formats(Localization.PhraseBook.Load(_templates, "nb", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")));
        _charts = ChartBuilder.Build(_loaded, _analysis.Indicators, _formats);
    }

    [Benchmark]
    public object LoadCatalogueAndData() => DataLoader.Load(CatalogueLoader.Load(_catalogue), Model.EditionFiles.For(_content));

    [Benchmark]
    public object Analyse() => EditionAnalysis.Run(_loaded, _data);

    [Benchmark]
    public object DrawCharts() => ChartBuilder.Build(_loaded, _analysis.Indicators, _formats);

    [Benchmark]
    public object CompileTemplatesAndRender() => new HtmlRenderer(_templates, _loaded).Render(_loaded, _analysis, _charts, RenderedText.Empty, new BuildStamp(2025, new DateOnly(2025, 11, 20), "bench", Draft: false));

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnnualReport.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AnnualReport.sln not found");
    }
}

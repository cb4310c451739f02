using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;
using BenchmarkDotNet.Attributes;

namespace AnnualReport.Benchmarks;

/// <summary>
/// Checking curated text full of unclosed helpers (<c>{{a x=</c> many times over): the time should
/// grow in proportion to the text, not with its square. Compare the medians of the two larger
/// sizes; a ratio near 10 is linear, near 100 quadratic. The tests check the result, never the time.
/// </summary>
[MemoryDiagnoser]
public class CuratedTextBenchmarks
{
    private IndicatorCatalogue _catalogue = null!;
    private EditionAnalysis _analysis = null!;
    private CuratedText _text = null!;
    private Localization.Formats _formats = null!;

    [Params(3_000, 30_000, 300_000)]
    public int UnclosedHelpers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = StageBenchmarks.FindRoot();
        _catalogue = CatalogueLoader.Load(Path.Combine(root, "editions", "2025", "indicators.yaml"));
        _analysis = EditionAnalysis.Run(_catalogue, DataLoader.Load(_catalogue, EditionFiles.For(Path.Combine(root, "editions", "2025"))));
        var block = new TextBlock(string.Concat(Enumerable.Repeat("{{a x=", UnclosedHelpers)), new SourceSpan("text.yaml", 1, 1));
        _text = CuratedText.Empty with { Preface = block };
        _formats = new Localization.Formats(Localization.PhraseBook.Load(Path.Combine(root, "templates"), "nb", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")));
    }

    [Benchmark]
    public int CheckUnclosedHelpers()
    {
        var diagnostics = new List<Diagnostic>();
        CuratedTextRenderer.Render(_text, _catalogue, _analysis, _formats, draft: false, diagnostics);
        return diagnostics.Count;
    }
}

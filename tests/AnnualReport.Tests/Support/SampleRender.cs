using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;

namespace AnnualReport.Tests.Support;

/// <summary>
/// The sample edition rendered in memory in bokmål (pages and chart files, nothing written, no
/// curated text), once per test run for every fast test that only reads the rendered pages.
/// </summary>
internal static class SampleRender
{
    public static readonly BuildStamp Stamp = new(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false);

    private static readonly Lazy<RenderedSite> Site = new(() =>
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));
        return new HtmlRenderer(RepositoryPaths.Templates, catalogue).Render(catalogue, analysis, ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, Stamp);
    });

    public static RenderedSite Bokmål => Site.Value;
}

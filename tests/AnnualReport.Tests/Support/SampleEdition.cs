using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Tests.Support;

/// <summary>The sample edition's catalogue and analysis, read and computed once in process (no browser, no output).</summary>
internal static class SampleEdition
{
    private static readonly Lazy<(IndicatorCatalogue Catalogue, EditionAnalysis Analysis)> Loaded = new(() =>
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        return (catalogue, EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition))));
    });

    public static IndicatorCatalogue Catalogue => Loaded.Value.Catalogue;

    public static EditionAnalysis Analysis => Loaded.Value.Analysis;
}

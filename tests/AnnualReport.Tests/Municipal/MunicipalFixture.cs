using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

/// <summary>The sample edition's municipal figures, loaded and analysed once for the municipal tests.</summary>
public sealed class MunicipalFixture
{
    public MunicipalFixture()
    {
        Catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var diagnostics = new List<Diagnostic>();
        Data = MunicipalDataLoader.Load(Catalogue, EditionFiles.For(RepositoryPaths.SampleEdition), diagnostics);
        Diagnostics = diagnostics;
        Analysis = MunicipalAnalysis.Run(Catalogue, Data);
    }

    public IndicatorCatalogue Catalogue { get; }

    public MunicipalData Data { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public MunicipalAnalysis Analysis { get; }

    /// <summary>A shipped phrase book with its culture: nb → nb-NO, nn → nn-NO, en → en-GB.</summary>
    public static PhraseBook Phrases(string language) =>
        PhraseBook.Load(RepositoryPaths.Templates, language, new System.Globalization.CultureInfo(language switch { "en" => "en-GB", "nn" => "nn-NO", _ => "nb-NO" }));
}

using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Rendering;
using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// Loads and checks catalogue and data together, so one run reports every problem: what
/// <c>annual-report validate</c> prints and what <c>build</c> runs first.
/// </summary>
public static class EditionLoader
{
    /// <param name="municipalities">Also check the municipal figures: <c>validate</c> does; <c>build</c>, run many times while writing, leaves them to <c>municipalities</c>.</param>
    public static ValidationReport Load(BuildOptions options, bool municipalities = false)
    {
        var diagnostics = new List<Diagnostic>();
        var catalogue = CatalogueLoader.Load(options.Catalogue, diagnostics, options.DisplayCatalogue);
        if (catalogue is null)
        {
            return new ValidationReport(null, [], diagnostics);
        }

        var files = options.Files(catalogue.Edition.Year);
        var data = DataLoader.Load(catalogue, files, diagnostics);
        diagnostics.AddRange(EditionValidator.Validate(catalogue, data, options.Draft));

        // The curated text is checked against the computed figures: a helper that names nothing,
        // a figure that is missing, a sentence whose words contradict its number.
        // On request the municipal figures are checked too, so `validate` covers everything the edition ships.
        if (municipalities && catalogue.Municipalities is not null)
        {
            var municipal = MunicipalDataLoader.Load(catalogue, files, diagnostics);
            diagnostics.AddRange(EditionValidator.ValidateMunicipal(catalogue, municipal, options.Draft));
        }

        var analysis = EditionAnalysis.Run(catalogue, data);
        var text = CuratedTextRenderer.Render(CuratedTextLoader.Load(files, catalogue, diagnostics), catalogue, analysis, diagnostics);
        return new ValidationReport(catalogue, data, diagnostics) { Analysis = analysis, Text = text };
    }
}

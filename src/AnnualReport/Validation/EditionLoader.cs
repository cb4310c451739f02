using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// Loads and checks catalogue and data together, so one run reports every problem: what
/// <c>annual-report validate</c> prints and what <c>build</c> runs first.
/// </summary>
public static class EditionLoader
{
    public static ValidationReport Load(BuildOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var catalogue = CatalogueLoader.Load(options.CataloguePath, diagnostics);
        if (catalogue is null)
        {
            return new ValidationReport(null, [], diagnostics);
        }

        var data = DataLoader.Load(catalogue, options.Content(catalogue.Edition.Year), diagnostics);
        diagnostics.AddRange(EditionValidator.Validate(catalogue, data, options.Draft));
        return new ValidationReport(catalogue, data, diagnostics);
    }
}

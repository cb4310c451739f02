using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>What loading and checking an edition found: the catalogue and data as far as they could be read, and every diagnostic.</summary>
public sealed record ValidationReport(IndicatorCatalogue? Catalogue, IReadOnlyList<IndicatorData> Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Catalogue is null || Diagnostics.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
}

using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// Checks that span catalogue and data and do not stop a build: figures older than the edition
/// should have, and illustrative figures that must not pass for published ones.
/// </summary>
public static class EditionValidator
{
    /// <summary>How many years behind the edition year an indicator's latest figure may be before it is flagged.</summary>
    public const int MaxAgeYears = 3;

    public static IReadOnlyList<Diagnostic> Validate(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data)
    {
        var warnings = new List<Diagnostic>();
        foreach (var (indicator, series) in data)
        {
            var latest = series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).Select(o => o.Year).DefaultIfEmpty(0).Max();
            if (latest < catalogue.Edition.Year - MaxAgeYears)
            {
                warnings.Add(Diagnostic.Warning("old-data", $"nyeste tall for «{indicator.Id}» er fra {latest}, mer enn {MaxAgeYears} år før utgaven {catalogue.Edition.Year}", indicator.Where));
            }

            if (indicator.Provenance == Provenance.Illustrative)
            {
                warnings.Add(Diagnostic.Warning("illustrative-data", $"tallene for «{indicator.Id}» er illustrerende, ikke publiserte tall; de merkes slik i publikasjonen", indicator.Where));
            }
        }

        return warnings;
    }
}

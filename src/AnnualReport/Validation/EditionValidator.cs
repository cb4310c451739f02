using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// Checks that need catalogue and figures together: values impossible for the unit and categories
/// adding up to more than their total (errors), and
/// as warnings a year missing inside a series, figures older than the edition should have, and
/// illustrative figures in a build that is not a draft.
/// </summary>
public static class EditionValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data, bool draft = false)
    {
        var found = new List<Diagnostic>();
        foreach (var figures in data)
        {
            Values(figures, found);
            BreakdownTotalCheck.Check(figures, found);
            Gaps(figures, found);
            Freshness(catalogue, figures, found);
            Origin(figures, draft, found);
        }

        return found;
    }

    /// <summary>
    /// The same checks for the municipal figures, where they fit: values impossible for the unit,
    /// municipalities above their county and counties above the country, country backgrounds above
    /// the number of immigrants, old figures and illustrative ones. A year missing for one of 357 municipalities is not
    /// worth a warning each; the fact sheets show the latest year only.
    /// </summary>
    public static IReadOnlyList<Diagnostic> ValidateMunicipal(IndicatorCatalogue catalogue, MunicipalData data, bool draft = false)
    {
        var found = new List<Diagnostic>();
        foreach (var figures in data.Indicators)
        {
            Values(figures, found);
            MunicipalTotalCheck.Check(figures, data.Geography, found);
            Freshness(catalogue, figures, found);
            Origin(figures, draft, found);
        }

        CountryBackgroundCheck.Check(catalogue, data, found);
        return found;
    }

    private static void Values(IndicatorData figures, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        foreach (var observation in figures.Series.SelectMany(s => s.Observations).Where(o => o.Value is { } v && !IsPossible(indicator.Unit, v)))
        {
            found.Add(Diagnostic.Error("impossible-value", $"verdien {observation.Value} er umulig for enheten {indicator.Unit} i «{indicator.Id}»; forventet {PossibleRange(indicator.Unit)}", observation.Where));
        }
    }

    private static void Gaps(IndicatorData figures, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        foreach (var s in figures.Series)
        {
            for (var i = 1; i < s.Observations.Count; i++)
            {
                var (before, after) = (s.Observations[i - 1], s.Observations[i]);
                if (after.Year - before.Year > indicator.Interval)
                {
                    var what = s.IsTotal ? s.GroupId : $"{s.GroupId}, {s.Breakdown}={s.Category}";
                    found.Add(Diagnostic.Warning("missing-year", $"«{indicator.Id}» ({what}) har ingen rad for {Years(before.Year + indicator.Interval, after.Year - 1, indicator.Interval)}; oppgi tallet eller et statussymbol (..)", after.Where));
                }
            }
        }
    }

    private static void Freshness(IndicatorCatalogue catalogue, IndicatorData figures, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        var latest = figures.Series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).Select(o => o.Year).DefaultIfEmpty(0).Max();
        var expected = catalogue.Edition.Year - 1 - indicator.Interval;
        if (latest < expected)
        {
            found.Add(Diagnostic.Warning("old-data", $"nyeste tall for «{indicator.Id}» er fra {(latest == 0 ? "ingen år" : latest)}; utgaven {catalogue.Edition.Year} burde ha tall fra {expected} eller senere", indicator.Data.Where));
        }
    }

    private static void Origin(IndicatorData figures, bool draft, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        if (!draft && figures.Series.SelectMany(s => s.Observations).FirstOrDefault(o => o.Provenance == Provenance.Illustrative) is { } illustrative)
        {
            found.Add(Diagnostic.Warning("illustrative-data", $"«{indicator.Id}» har illustrerende tall, ikke publiserte; publikasjonen merker dem, men de må byttes ut før utgivelse", indicator.Provenance == Provenance.Illustrative ? indicator.Where : illustrative.Where));
        }
    }

    private static string Years(int from, int to, int step) =>
        from >= to ? $"{from}" : string.Join(", ", Enumerable.Range(0, (to - from) / step + 1).Select(i => from + i * step));

    private static string PossibleRange(Unit unit) => unit switch
    {
        Unit.Percent => "et tall fra 0 til 100",
        Unit.PerThousand => "et tall fra 0 til 1000",
        _ => "et tall som ikke er negativt",
    };

    private static bool IsPossible(Unit unit, double value) => unit switch
    {
        Unit.Percent => value is >= 0 and <= 100,
        Unit.PerThousand => value is >= 0 and <= 1000,
        Unit.Count or Unit.Nok => value >= 0,
        _ => true,
    };
}

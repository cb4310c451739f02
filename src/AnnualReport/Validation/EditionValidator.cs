using AnnualReport.Data;
using AnnualReport.Localization;
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
            found.Add(Diagnostic.Error("impossible-value", Messages.Format("validation.impossible-value", ("value", observation.Value), ("unit", indicator.Unit), ("indicator", indicator.Id), ("expected", PossibleRange(indicator.Unit))), observation.Where));
        }
    }

    private static void Gaps(IndicatorData figures, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;

        // A survey in irregular years (frequency: irregular) has no missing years between surveys.
        foreach (var s in figures.Series.Where(_ => !indicator.Irregular))
        {
            for (var i = 1; i < s.Observations.Count; i++)
            {
                var (before, after) = (s.Observations[i - 1], s.Observations[i]);
                if (after.Year - before.Year > indicator.Step)
                {
                    var what = s.IsTotal ? s.GroupId : $"{s.GroupId}, {s.Breakdown}={s.Category}";
                    found.Add(Diagnostic.Warning("missing-year", Messages.Format("validation.missing-year", ("indicator", indicator.Id), ("series", what), ("years", Years(before.Year + indicator.Step, after.Year - 1, indicator.Step, indicator.PerYear))), after.Where));
                }
            }
        }
    }

    private static void Freshness(IndicatorCatalogue catalogue, IndicatorData figures, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        var latest = figures.Series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).Select(o => PeriodAxis.YearOf(o.Year, indicator.PerYear)).DefaultIfEmpty(0).Max();
        var expected = catalogue.Edition.Year - 1 - indicator.Interval;
        if (latest < expected && !indicator.Irregular)
        {
            found.Add(Diagnostic.Warning("old-data", Messages.Format(latest == 0 ? "validation.old-data-none" : "validation.old-data", ("indicator", indicator.Id), ("latest", latest), ("edition", catalogue.Edition.Year), ("expected", expected)), indicator.Data.Where));
        }
    }

    private static void Origin(IndicatorData figures, bool draft, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        if (!draft && figures.Series.SelectMany(s => s.Observations).FirstOrDefault(o => o.Provenance == Provenance.Illustrative) is { } illustrative)
        {
            found.Add(Diagnostic.Warning("illustrative-data", Messages.Format("validation.illustrative-data", ("indicator", indicator.Id)), indicator.Provenance == Provenance.Illustrative ? indicator.Where : illustrative.Where));
        }
    }

    private static string Years(int from, int to, int step, int perYear) =>
        from >= to ? PeriodAxis.Code(from, perYear) : string.Join(", ", Enumerable.Range(0, (to - from) / step + 1).Select(i => PeriodAxis.Code(from + i * step, perYear)));

    private static string PossibleRange(Unit unit) => unit switch
    {
        Unit.Percent => Messages.Format("validation.range.percent"),
        Unit.PerThousand => Messages.Format("validation.range.per-thousand"),
        _ => Messages.Format("validation.range.non-negative"),
    };

    private static bool IsPossible(Unit unit, double value) => unit switch
    {
        Unit.Percent => value is >= 0 and <= 100,
        Unit.PerThousand => value is >= 0 and <= 1000,
        Unit.Count or Unit.Nok => value >= 0,
        _ => true,
    };
}

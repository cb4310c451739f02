using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// The municipal country-background file lists immigrants by country for the largest countries,
/// so a municipality's countries may add up to less than its immigrants, never to more. The
/// number of immigrants is the numerator of the indicator named by <c>municipalities.population</c>,
/// for the file's group (or that indicator's first group) and year (or its latest year).
/// </summary>
internal static class CountryBackgroundCheck
{
    public static void Check(IndicatorCatalogue catalogue, MunicipalData data, List<Diagnostic> found)
    {
        if (catalogue.Municipalities?.Population is not { } id || data.Indicators.FirstOrDefault(d => d.Indicator.Id == id) is not { } population)
        {
            return;
        }

        var indicator = population.Indicator;
        var byRegion = population.Series.Where(s => s.Breakdown is not null && s.Breakdown != MunicipalData.Counties)
            .ToLookup(s => (s.GroupId, s.Category!));
        foreach (var region in data.BackgroundCounts.GroupBy(c => (c.Region, Group: c.Group ?? indicator.Groups[0], c.Year)))
        {
            var observations = byRegion[(region.Key.Group, region.Key.Region)].SelectMany(s => s.Observations).Where(o => o.Numerator.HasValue).ToList();
            var immigrants = region.Key.Year is { } year ? observations.FirstOrDefault(o => o.Year == year) : observations.MaxBy(o => o.Year);
            if (immigrants is null)
            {
                continue;
            }

            // Compared as counts: the countries against the population indicator's numerator alone;
            // the country-background file has no rounding of its own to allow for.
            var total = immigrants with { Value = immigrants.Numerator, Numerator = null, Denominator = null };
            var countries = region.Select(c => (c.Country, new Observation(immigrants.Year, region.Key.Group, c.Count, null, indicator.Provenance, c.Where))).ToList();
            var name = $"{region.Key.Region} {data.Geography.Find(region.Key.Region)?.Name}";
            CategorySum.Check(
                indicator with { Unit = Unit.Count, Data = indicator.Data with { Rounding = 0 } },
                total,
                countries,
                Messages.Format("consistency.parts.countries", ("region", name), ("group", region.Key.Group), ("year", immigrants.Year)),
                Messages.Format("consistency.total.count", ("group", region.Key.Group)),
                found);
        }
    }
}

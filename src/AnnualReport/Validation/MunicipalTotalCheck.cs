using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// The municipal figures against their totals: the municipalities of a county must not add up to
/// more than the county's row, nor the counties to more than the country's row
/// (<see cref="CategorySum"/> holds the rule).
/// </summary>
internal static class MunicipalTotalCheck
{
    public static void Check(IndicatorData figures, Geography geography, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        var series = figures.Series.ToLookup(s => (s.GroupId, s.Breakdown));
        foreach (var country in figures.Series.Where(s => s.IsTotal))
        {
            var counties = series[(country.GroupId, MunicipalData.Counties)].ToList();
            Compare(indicator, country, counties, c => $"{geography.CountyPrefix}{c}", Messages.Format("consistency.parts.counties", ("group", country.GroupId)), Messages.Format("consistency.total.country", ("code", geography.CountryCode)), found);
            foreach (var county in counties)
            {
                var municipalities = series[(country.GroupId, MunicipalData.CountyBreakdown(county.Category!))].ToList();
                var name = $"{geography.CountyPrefix}{county.Category}";
                Compare(indicator, county, municipalities, m => $"{m} {geography.Find(m)?.Name}", Messages.Format("consistency.parts.municipalities", ("county", geography.Counties.FirstOrDefault(c => c.Code == county.Category).Name ?? county.Category), ("code", name), ("group", country.GroupId)), Messages.Format("consistency.total.county", ("code", name)), found);
            }
        }
    }

    private static void Compare(Indicator indicator, Series total, IReadOnlyList<Series> parts, Func<string, string> name, string what, string totalName, List<Diagnostic> found)
    {
        foreach (var whole in total.Observations)
        {
            var categories = parts.SelectMany(s => s.Observations.Where(o => o.Year == whole.Year).Select(o => (name(s.Category!), o))).ToList();
            CategorySum.Check(indicator, whole, categories, $"{what} {whole.Year}", totalName, found);
        }
    }
}

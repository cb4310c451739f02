using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Municipal;

/// <summary>
/// The statistics bank as one tidy sheet: every published municipal, county and national figure
/// with its interval, its comparison with the rest of the country (none for the country itself)
/// and its symbol, at the precision the pages show (values at the indicator's decimals, interval
/// limits in whole units). Hidden figures have only their symbol; counts are not published.
/// </summary>
public static class MunicipalTable
{
    public static SpreadsheetExporter.SheetSpec Sheet(IndicatorCatalogue catalogue, MunicipalAnalysis analysis)
    {
        var geography = analysis.Geography;
        var rows = new List<object?[]>();
        foreach (var data in analysis.Published)
        {
            foreach (var series in data.Series)
            {
                var (level, code, name, county) = series switch
                {
                    { IsTotal: true } => ("Land", geography.CountryCode, geography.CountryName, string.Empty),
                    { Breakdown: MunicipalData.Counties } => ("Fylke", series.Category!, geography.CountyName(series.Category!), geography.CountyName(series.Category!)),
                    _ => ("Kommune", series.Category!, geography.Find(series.Category!)!.Name, Geography.Plain(geography.Find(series.Category!)!.County)),
                };
                foreach (var o in series.Observations)
                {
                    // The country is never compared with itself; regions with the rest of the country.
                    var comparison = series.IsTotal ? null : analysis.Comparison.Find(data.Indicator.Id, series.GroupId, series.Category!, o.Year);
                    var comparisonText = comparison?.Verdict switch
                    {
                        Significance.Higher => "høyere enn resten av landet",
                        Significance.Lower => "lavere enn resten av landet",
                        Significance.NotDifferent => "ikke signifikant forskjellig",
                        _ => string.Empty,
                    };
                    rows.Add([
                        data.Indicator.Id, data.Indicator.Title, catalogue.FindGroup(series.GroupId)!.Label, level, code, name, county, o.Year,
                        o.Value is { } v ? Math.Round(v, data.Indicator.Decimals, MidpointRounding.AwayFromZero) : null, o.Low, o.High,
                        o.Status ?? string.Empty, comparisonText, o.Provenance == Provenance.Published ? "publisert" : "illustrerende",
                    ]);
                }
            }
        }

        return new SpreadsheetExporter.SheetSpec(
            "Kommunetall",
            ["Indikator-id", "Indikator", "Gruppe", "Nivå", "Nummer", "Region", "Fylke", "År", "Verdi", "Nedre 95 %", "Øvre 95 %", "Status", "Mot landet", "Opphav"],
            rows,
            [16, 40, 24, 10, 10, 28, 20, 8, 10, 12, 12, 8, 28, 14]);
    }
}

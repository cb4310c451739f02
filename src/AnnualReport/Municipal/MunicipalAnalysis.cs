using AnnualReport.Analysis;
using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// The municipal figures after disclosure control, and each municipality's fact sheet. Each
/// municipality and county is compared with the rest of the country by <see cref="CountryComparison"/>
/// (the same results on fact sheets, in sentences and in the statistics bank). Comparison groups
/// are pooled from the counts of all their members and protected with them by
/// <see cref="MunicipalDisclosure"/>, so no combination of figures reveals a hidden member.
/// </summary>
public sealed class MunicipalAnalysis
{
    private readonly IndicatorCatalogue _catalogue;
    private readonly MunicipalData _raw;

    private readonly MunicipalFigures _figures;

    private MunicipalAnalysis(IndicatorCatalogue catalogue, MunicipalData raw, MunicipalFigures figures)
    {
        _catalogue = catalogue;
        _raw = raw;
        _figures = figures;
        Published = figures.Published;
        Comparison = CountryComparison.Run(catalogue.Municipalities?.Comparison ?? ComparisonSettings.Default, figures.Published);
    }

    public IReadOnlyList<IndicatorData> Published { get; }

    /// <summary>Every region's comparison with the rest of the country.</summary>
    public CountryComparison Comparison { get; }

    public Geography Geography => _raw.Geography;

    public static MunicipalAnalysis Run(IndicatorCatalogue catalogue, MunicipalData data) =>
        new(catalogue, data, MunicipalDisclosure.Apply(catalogue, data));

    public IEnumerable<FactSheet> FactSheets() => Geography.Municipalities.Select(FactSheet);

    public FactSheet FactSheet(Municipality municipality)
    {
        var rows = new List<FactRow>();
        foreach (var data in Published)
        {
            var latest = data.Series.Where(s => s.IsTotal).SelectMany(s => s.Observations).Select(o => o.Year).DefaultIfEmpty(0).Max();
            foreach (var group in data.Indicator.Groups.Where(g => data.Series.Any(s => s.GroupId == g)))
            {
                Series? Find(string? breakdown, string? category) => data.Series.FirstOrDefault(s => s.GroupId == group && s.Breakdown == breakdown && s.Category == category);
                Observation? At(Series? s) => s?.Observations.FirstOrDefault(o => o.Year == latest);
                var own = Find(MunicipalData.CountyBreakdown(municipality.CountyCode), municipality.Code);
                var country = At(Find(null, null));
                var value = At(own);
                rows.Add(new FactRow(
                    data.Indicator, group, latest, value, At(Find(MunicipalData.Counties, municipality.CountyCode)), country,
                    municipality.Group is { } comparison ? _figures.ComparisonGroups.GetValueOrDefault((data.Indicator.Id, group, comparison, latest)) : null,
                    Comparison.Find(data.Indicator.Id, group, municipality.Code, latest),
                    value?.Value is null ? null : Adjusted(data.Indicator, municipality.Code, latest),
                    own?.Observations ?? []));
            }
        }

        var backgrounds = _raw.CountryBackgrounds.GetValueOrDefault(municipality.Code) ?? [];
        var sheet = new FactSheet(municipality, Geography.CountyName(municipality.CountyCode), rows, backgrounds.Take(3).ToList(), [])
        {
            NewBorders = Geography.Changes.Values.Any(targets => targets.Any(t => t.To == municipality.Code && (t.Share < 1 || targets.Count > 1))),
        };
        return sheet with { Sentences = FactSentences.For(sheet) };
    }

    /// <summary>
    /// Indirect standardisation, as small-area statistics do it: the municipality's expected count
    /// is what the country's rate in each category (such as botid) would give its own population
    /// in that category; its adjusted rate is the country's rate times observed over expected.
    /// It answers whether the municipality differs from the country once its make-up is allowed for.
    /// It is not direct standardisation: the municipality's own rates are never applied to the
    /// country's make-up (they are too uncertain in small categories).
    /// </summary>
    private IndirectStandardisation? Adjusted(Indicator indicator, string region, int year)
    {
        if (indicator.Analysis.Standard is not { } standard || !_raw.Compositions.TryGetValue(indicator.Id, out var counts)
            || _catalogue.FindBreakdown(standard.Breakdown) is not { } breakdown)
        {
            return null;
        }

        double observed = 0, expected = 0, countryN = 0, countryD = 0;
        foreach (var category in breakdown.Categories.Select(c => c.Id))
        {
            if (!counts.TryGetValue((Geography.CountryCode, year, category), out var national) || national.D <= 0
                || !counts.TryGetValue((region, year, category), out var own))
            {
                return null;
            }

            observed += own.N;
            expected += own.D * national.N / national.D;
            (countryN, countryD) = (countryN + national.N, countryD + national.D);
        }

        return expected > 0 ? new IndirectStandardisation(observed / expected * countryN / countryD * (indicator.Unit == Unit.Percent ? 100 : 1000), observed / expected) : null;
    }
}

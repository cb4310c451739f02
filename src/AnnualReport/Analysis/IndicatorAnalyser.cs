using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// The analysis stage: every series of every indicator through <see cref="SeriesAnalyser"/>, each
/// compared with the reference group's series of the same breakdown category.
/// </summary>
public static class IndicatorAnalyser
{
    public static IReadOnlyList<IndicatorResult> Analyse(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data) =>
        data.Select(d => Analyse(catalogue, d)).ToList();

    public static IndicatorResult Analyse(IndicatorCatalogue catalogue, IndicatorData data)
    {
        var referenceGroup = catalogue.ReferenceFor(data.Indicator);
        var results = data.Series
            .Select(series => SeriesAnalyser.Analyse(
                data.Indicator,
                series,
                catalogue.FindGroup(series.GroupId)!,
                series.GroupId == referenceGroup ? null : data.Series.FirstOrDefault(r => r.GroupId == referenceGroup && r.Breakdown == series.Breakdown && r.Category == series.Category),
                series.GroupId == referenceGroup))
            .ToList();
        return new IndicatorResult(data, results);
    }
}

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// The analysis stage: latest value, change since the year before and since the previous
/// observation, and the gap to the reference group, for every series.
/// </summary>
public static class IndicatorAnalyser
{
    public static IReadOnlyList<IndicatorResult> Analyse(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data) =>
        data.Select(d => Analyse(catalogue, d)).ToList();

    public static IndicatorResult Analyse(IndicatorCatalogue catalogue, IndicatorData data)
    {
        var referenceGroup = catalogue.ReferenceFor(data.Indicator);
        var results = data.Series
            .Select(series => AnalyseSeries(
                series,
                catalogue.FindGroup(series.GroupId)!,
                series.GroupId == referenceGroup ? null : data.Series.FirstOrDefault(r => r.GroupId == referenceGroup && r.Breakdown == series.Breakdown && r.Category == series.Category)))
            .ToList();
        return new IndicatorResult(data, results);
    }

    internal static SeriesResult AnalyseSeries(Series series, Group group, Series? reference)
    {
        var withValues = series.Observations.Where(o => o.Value.HasValue).ToList();
        var latest = withValues.LastOrDefault();
        var previous = withValues.Count > 1 ? withValues[^2] : null;
        if (latest is null)
        {
            return new SeriesResult(series, group, null, null, null, null, null);
        }

        var yearBefore = ValueIn(series, latest.Year - 1);
        var referenceValue = reference is null ? null : ValueIn(reference, latest.Year);
        return new SeriesResult(
            series,
            group,
            latest,
            latest.Value - yearBefore,
            previous,
            latest.Value - previous?.Value,
            latest.Value - referenceValue);
    }

    private static double? ValueIn(Series series, int year) =>
        series.Observations.FirstOrDefault(o => o.Year == year)?.Value;
}

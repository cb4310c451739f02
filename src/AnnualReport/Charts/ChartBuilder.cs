using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Charts;

/// <summary>The chart stage: one line chart per indicator, every group as a line.</summary>
public static class ChartBuilder
{
    /// <summary>SVG markup per indicator id.</summary>
    public static IReadOnlyDictionary<string, string> Build(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results) =>
        results.ToDictionary(r => r.Indicator.Id, r => LineChart.Render(SpecFor(catalogue, r)));

    internal static LineChartSpec SpecFor(IndicatorCatalogue catalogue, IndicatorResult result)
    {
        var indicator = result.Indicator;
        var series = result.Series
            .Where(s => s.Series.IsTotal)
            .Select(s => new ChartSeries(s.Group.Label, s.Series.Observations.Select(o => new ChartPoint(o.Year, o.Value)).ToList()))
            .ToList();
        return new LineChartSpec(
            $"chart-{indicator.Id}",
            indicator.Title,
            NumberText.AxisTitle(indicator.Unit),
            indicator.Decimals,
            catalogue.Edition.Culture,
            ZeroBased: indicator.Unit is Unit.Percent or Unit.Count,
            series);
    }
}

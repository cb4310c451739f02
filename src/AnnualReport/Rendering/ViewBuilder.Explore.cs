using AnnualReport.Analysis;
using AnnualReport.Charts;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>
/// The charts to explore on the web: each chart's legend, downloads and citation, and the files
/// (CSV and SVG) written for it. The figures are those of the chart's table, chosen the same way.
/// </summary>
internal sealed partial class ViewBuilder
{
    private readonly List<ChartDownload> chartDownloads = [];

    /// <summary>The charts' files, collected while the themes' views were built.</summary>
    public IReadOnlyList<ChartDownload> ChartDownloads => chartDownloads;

    private ChartExploreView Explore(Indicator indicator, string id, string svg, string legend, string rowHeader, IReadOnlyList<string> columns, IReadOnlyList<ChartDataRow> rows)
    {
        if (!chartDownloads.Any(d => d.Id == id))
        {
            chartDownloads.Add(new ChartDownload(id, svg, rowHeader, columns, rows, indicator.Decimals));
        }

        var edition = catalogue.Edition;
        return new ChartExploreView(
            id, ChartDownload.Href(ChartDownload.CsvFile(id)), ChartDownload.Href(ChartDownload.SvgFile(id)), $"{id}.png", new TrustedHtml(legend),
            new SourceView(indicator.Source.Name, indicator.Source.Table, SafeUrl.Web(indicator.Source.Url)), edition.Title, edition.Publisher, edition.Year);
    }

    /// <summary>The line chart's explore view: one row per year, one column per group's total, as its table.</summary>
    private ChartExploreView MainExplore(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var totals = result.Data.Series.Where(s => s.IsTotal).ToList();
        var years = totals.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
        var rows = years.Select(year => new ChartDataRow(formats.When(year, indicator.PerYear), totals.Select(s => CellView.Of(s.Observations.FirstOrDefault(o => o.Year == year))).ToList())).ToList();
        var drawn = charts[indicator.Id];
        return Explore(indicator, ChartBuilder.MainId(indicator.Id), drawn.Main, drawn.MainLegend, TimeHeading(indicator), totals.Select(s => catalogue.FindGroup(s.GroupId)!.Label).ToList(), rows);
    }

    /// <summary>
    /// A breakdown chart's explore view: categories by group in the latest year, or, for small
    /// multiples, years by category (and group), as its table.
    /// </summary>
    private ChartExploreView? BreakdownExplore(IndicatorResult result, Breakdown breakdown)
    {
        var indicator = result.Indicator;
        if (charts[indicator.Id].Breakdowns.GetValueOrDefault(breakdown.Id) is not { } svg)
        {
            return null;
        }

        var series = result.Data.Series.Where(s => s.Breakdown == breakdown.Id).ToList();
        var groups = series.Select(s => s.GroupId).Distinct().ToList();
        var id = ChartBuilder.BreakdownId(indicator.Id, breakdown.Id);
        if (ChartBuilder.IsSmallMultiples(catalogue, result, breakdown))
        {
            var columns = groups.SelectMany(g => breakdown.Categories.Where(c => series.Any(s => s.GroupId == g && s.Category == c.Id))
                .Select(c => (Series: series.First(s => s.GroupId == g && s.Category == c.Id), Label: groups.Count > 1 ? Phrases.Get("pages.tables.category-group", ("category", c.Label), ("group", catalogue.FindGroup(g)!.InSentence(formats.Culture))) : c.Label))).ToList();
            var years = series.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
            var overTime = years.Select(y => new ChartDataRow(formats.When(y, indicator.PerYear), columns.Select(c => CellView.Of(c.Series.Observations.FirstOrDefault(o => o.Year == y))).ToList())).ToList();
            return Explore(indicator, id, svg, string.Empty, TimeHeading(indicator), columns.Select(c => c.Label).ToList(), overTime);
        }

        var year = series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).Max(o => o.Year);
        var rows = breakdown.Categories.Where(c => series.Any(s => s.Category == c.Id))
            .Select(c => new ChartDataRow(c.Label, groups.Select(g => CellView.Of(series.FirstOrDefault(s => s.GroupId == g && s.Category == c.Id)?.Observations.FirstOrDefault(o => o.Year == year))).ToList()))
            .ToList();
        return Explore(indicator, id, svg, string.Empty, breakdown.Label, groups.Select(g => catalogue.FindGroup(g)!.Label).ToList(), rows);
    }
}

using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>The tables of an indicator section: by year, by breakdown, standardised, and their notes.</summary>
internal sealed partial class ViewBuilder
{
    /// <summary>The figures behind the chart: the total of each group, one row per year.</summary>
    private TableView YearTable(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var totals = result.Data.Series.Where(s => s.IsTotal).ToList();
        var years = totals.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
        var rows = years.Select(year => new TableRowView(
            year.ToString(catalogue.Edition.Culture),
            totals.Select(s => Cell(indicator, s.Observations.FirstOrDefault(x => x.Year == year))).ToList())).ToList();
        var columns = totals.Select(s => catalogue.FindGroup(s.GroupId)!.Label).ToList();
        return new TableView($"{indicator.Title}. {NumberText.AxisTitle(indicator.Unit)}", "År", columns, rows, Footnote(totals.SelectMany(s => s.Observations)));
    }

    /// <summary>One table per breakdown: its categories as rows, the groups as columns, in the latest year with figures.</summary>
    private List<BreakdownView> Breakdowns(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var tables = new List<BreakdownView>();
        foreach (var breakdown in indicator.Breakdowns.Select(catalogue.FindBreakdown).OfType<Breakdown>())
        {
            var series = result.Data.Series.Where(s => s.Breakdown == breakdown.Id).ToList();
            var withValues = series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).ToList();
            if (withValues.Count == 0)
            {
                continue;
            }

            var chart = charts[indicator.Id].Breakdowns.GetValueOrDefault(breakdown.Id);
            if (Charts.ChartBuilder.IsSmallMultiples(catalogue, result, breakdown))
            {
                tables.Add(new BreakdownView(chart, OverTimeTable(indicator, breakdown, series)));
                continue;
            }

            var year = withValues.Max(o => o.Year);
            var groups = series.Select(s => s.GroupId).Distinct().ToList();
            var rows = breakdown.Categories
                .Where(c => series.Any(s => s.Category == c.Id))
                .Select(c => new TableRowView(c.Label, groups.Select(g => Cell(indicator, series.FirstOrDefault(s => s.GroupId == g && s.Category == c.Id)?.Observations.FirstOrDefault(o => o.Year == year))).ToList()))
                .ToList();
            tables.Add(new BreakdownView(chart, new TableView(
                $"{indicator.Title} etter {breakdown.Label.ToLower(catalogue.Edition.Culture)}, {year}. {NumberText.AxisTitle(indicator.Unit)}",
                breakdown.Label,
                groups.Select(g => catalogue.FindGroup(g)!.Label).ToList(),
                rows,
                Footnote(series.SelectMany(s => s.Observations).Where(o => o.Year == year)))));
        }

        return tables;
    }

    /// <summary>
    /// The figures behind small multiples: one row per year, one column per category (and group,
    /// when there are several), so the table holds every point the panels draw.
    /// </summary>
    private TableView OverTimeTable(Indicator indicator, Breakdown breakdown, List<Series> series)
    {
        var culture = catalogue.Edition.Culture;
        var groups = series.Select(s => s.GroupId).Distinct().ToList();
        var columns = groups.SelectMany(g => breakdown.Categories.Where(c => series.Any(s => s.GroupId == g && s.Category == c.Id))
            .Select(c => (Series: series.First(s => s.GroupId == g && s.Category == c.Id), Label: groups.Count > 1 ? $"{c.Label}, {catalogue.FindGroup(g)!.Label.ToLower(culture)}" : c.Label))).ToList();
        var years = series.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
        var rows = years.Select(year => new TableRowView(year.ToString(culture), columns.Select(c => Cell(indicator, c.Series.Observations.FirstOrDefault(o => o.Year == year))).ToList())).ToList();
        var group = groups.Count == 1 ? $", {catalogue.FindGroup(groups[0])!.Label.ToLower(culture)}" : string.Empty;
        return new TableView(
            $"{indicator.Title} etter {breakdown.Label.ToLower(culture)}{group}, {years[0]}–{years[^1]}. {NumberText.AxisTitle(indicator.Unit)}",
            "År",
            columns.Select(c => c.Label).ToList(),
            rows,
            Footnote(series.SelectMany(s => s.Observations)));
    }

    private TableView StandardisedTable(Indicator indicator, StandardisedResult s)
    {
        var breakdown = catalogue.FindBreakdown(s.Standard.Breakdown)!;
        var group = catalogue.FindGroup(s.GroupId)!;
        var standardGroup = catalogue.FindGroup(s.Standard.Group)!;
        var mark = s.Illustrative ? "*" : string.Empty;
        return new TableView(
            $"{indicator.Title}, {group.Label.ToLower(catalogue.Edition.Culture)}: faktisk andel og andel direkte standardisert etter {breakdown.Label.ToLower(catalogue.Edition.Culture)} (sammensetning som {standardGroup.Label.ToLower(catalogue.Edition.Culture)} i {s.Standard.Year})",
            "År",
            ["Faktisk", "Standardisert"],
            s.Years.Select(y => new TableRowView(y.Year.ToString(catalogue.Edition.Culture), [_numbers.Value(y.Crude, indicator.Decimals) + mark, _numbers.Value(y.Standardised, indicator.Decimals) + mark])).ToList(),
            $"Faktisk andel er beregnet fra kategoriene og kan avvike litt fra totalen over.{(s.Illustrative ? " * Bygger på illustrerende tall." : string.Empty)}");
    }

    private string DecompositionText(Indicator indicator, StandardisedResult s)
    {
        var change = s.Change!;
        var breakdown = catalogue.FindBreakdown(s.Standard.Breakdown)!.Label.ToLower(catalogue.Edition.Culture);
        var group = catalogue.FindGroup(s.GroupId)!.Label.ToLower(catalogue.Edition.Culture);
        return $"Fra {change.FromYear} til {change.ToYear} endret andelen for {group} seg med {ChangeText(indicator, change.Total)}. "
            + $"Av dette skyldes {ChangeText(indicator, change.CompositionPart)} endret sammensetning etter {breakdown}, og {ChangeText(indicator, change.OutcomePart)} endringer innenfor hver gruppe."
            + (s.Illustrative ? " (Bygger på illustrerende tall.)" : string.Empty);
    }

    /// <summary>A figure as shown in a table; illustrative figures carry an asterisk explained under the table.</summary>
    private string Cell(Indicator indicator, Observation? observation) =>
        observation is null ? ".."
        : _numbers.Value(observation.Value, observation.Status, indicator.Decimals) + (observation.Provenance == Provenance.Illustrative && observation.Value.HasValue ? "*" : string.Empty);

    /// <summary>Explains the marks in the cells shown: the asterisk of illustrative figures and each status symbol.</summary>
    private static string? Footnote(IEnumerable<Observation> shown)
    {
        var observations = shown.ToList();
        var notes = new List<string>();
        if (observations.Any(o => o.Provenance == Provenance.Illustrative && o.Value.HasValue))
        {
            notes.Add("* Illustrerende tall, ikke publisert av kilden.");
        }

        notes.AddRange(observations.Where(o => o.Value is null && o.Status is not null).Select(o => o.Status!).Distinct().Order(StringComparer.Ordinal)
            .Select(symbol => $"{symbol} {Data.StatusSymbols.Explain(symbol)}."));
        return notes.Count > 0 ? string.Join(" ", notes) : null;
    }
}

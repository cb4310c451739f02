using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>The tables of an indicator section: by year, by breakdown, standardised, and their notes.</summary>
internal sealed partial class ViewBuilder
{
    /// <summary>The figures behind the chart: the total of each group, one row per year.</summary>
    private TableView YearTable(IndicatorResult result) => YearTable(result, null);

    /// <summary>
    /// The same table cut to its last <paramref name="recent"/> years (all years when null): the
    /// indicator's compact table shows a subset of the full table's cells and no other figures, so
    /// it discloses nothing the full table does not (its footnote explains only the marks it shows).
    /// </summary>
    private TableView YearTable(IndicatorResult result, int? recent)
    {
        var indicator = result.Indicator;
        var totals = result.Data.MainSeries();
        var years = totals.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
        if (recent is { } n && years.Count > n)
        {
            years = years[^n..];
        }

        var rows = years.Select(year => new TableRowView(
            formats.When(year, indicator.PerYear),
            totals.Select(s => Cell(indicator, s.Observations.FirstOrDefault(x => x.Year == year))).ToList())).ToList();
        var columns = totals.Select(s => Charts.ChartBuilder.SeriesLabel(catalogue, s, totals, formats)).ToList();
        var caption = recent is null || years.Count == 0
            ? Phrases.Get("pages.tables.years", ("title", indicator.Title), ("unit", formats.UnitTitle(indicator.Unit)))
            : Phrases.Get("pages.tables.recent", ("title", indicator.Title), ("period", formats.Span(years[0], years[^1], indicator.PerYear)), ("unit", formats.UnitTitle(indicator.Unit)));
        return new TableView(caption, TimeHeading(indicator), columns, rows, Footnote(totals.SelectMany(s => s.Observations).Where(o => years.Contains(o.Year))));
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
                tables.Add(new BreakdownView(chart is null ? null : new TrustedHtml(chart), OverTimeTable(indicator, breakdown, series)) { Explore = BreakdownExplore(result, breakdown) });
                continue;
            }

            var year = withValues.Max(o => o.Year);
            var groups = series.Select(s => s.GroupId).Distinct().ToList();
            var rows = breakdown.Categories
                .Where(c => series.Any(s => s.Category == c.Id))
                .Select(c => new TableRowView(c.Label, groups.Select(g => Cell(indicator, series.FirstOrDefault(s => s.GroupId == g && s.Category == c.Id)?.Observations.FirstOrDefault(o => o.Year == year))).ToList()))
                .ToList();
            tables.Add(new BreakdownView(chart is null ? null : new TrustedHtml(chart), new TableView(
                Phrases.Get("pages.tables.breakdown", ("title", indicator.Title), ("breakdown", breakdown.Label.ToLower(formats.Culture)), ("year", formats.When(year, indicator.PerYear)), ("unit", formats.UnitTitle(indicator.Unit))),
                breakdown.Label,
                groups.Select(g => catalogue.FindGroup(g)!.Label).ToList(),
                rows,
                Footnote(series.SelectMany(s => s.Observations).Where(o => o.Year == year))))
            {
                Explore = BreakdownExplore(result, breakdown),
            });
        }

        return tables;
    }

    /// <summary>
    /// The figures behind small multiples: one row per year, one column per category (and group,
    /// when there are several), so the table holds every point the panels draw.
    /// </summary>
    private TableView OverTimeTable(Indicator indicator, Breakdown breakdown, List<Series> series)
    {
        var culture = formats.Culture;
        var groups = series.Select(s => s.GroupId).Distinct().ToList();
        var columns = groups.SelectMany(g => breakdown.Categories.Where(c => series.Any(s => s.GroupId == g && s.Category == c.Id))
            .Select(c => (Series: series.First(s => s.GroupId == g && s.Category == c.Id), Label: groups.Count > 1 ? Phrases.Get("pages.tables.category-group", ("category", c.Label), ("group", catalogue.FindGroup(g)!.InSentence(culture))) : c.Label))).ToList();
        var years = series.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
        var rows = years.Select(year => new TableRowView(formats.When(year, indicator.PerYear), columns.Select(c => Cell(indicator, c.Series.Observations.FirstOrDefault(o => o.Year == year))).ToList())).ToList();
        var arguments = new List<(string, object?)> { ("title", indicator.Title), ("breakdown", breakdown.Label.ToLower(culture)), ("period", formats.Span(years[0], years[^1], indicator.PerYear)), ("unit", formats.UnitTitle(indicator.Unit)) };
        if (groups.Count == 1)
        {
            arguments.Add(("group", catalogue.FindGroup(groups[0])!.InSentence(culture)));
        }

        return new TableView(
            Phrases.Get(groups.Count == 1 ? "pages.tables.over-time-group" : "pages.tables.over-time", [.. arguments]),
            TimeHeading(indicator),
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
        var culture = formats.Culture;
        return new TableView(
            Phrases.Get("pages.tables.standardised", ("title", indicator.Title), ("group", group.InSentence(culture)), ("breakdown", breakdown.Label.ToLower(culture)), ("standard", standardGroup.InSentence(culture)), ("year", s.Standard.Year)),
            Phrases.Get("pages.tables.year"),
            [Phrases.Get("pages.tables.crude"), Phrases.Get("pages.tables.standardised-rate")],
            s.Years.Select(y => new TableRowView(Formats.Year(y.Year), [formats.Number(y.Crude, indicator.Decimals) + mark, formats.Number(y.Standardised, indicator.Decimals) + mark])).ToList(),
            Phrases.Get(s.Illustrative ? "pages.tables.standardised-note-illustrative" : "pages.tables.standardised-note"));
    }

    /// <summary>The heading of a table's time column: "År", or "Kvartal", "Måned", "Halvår" for an indicator published by period.</summary>
    private string TimeHeading(Indicator indicator) =>
        Phrases.Get(indicator.SubAnnual ? $"pages.tables.{PeriodAxis.Name(indicator.PerYear)}" : "pages.tables.year");

    /// <summary>A figure as shown in a table; illustrative figures carry an asterisk, flagged figures their flags' marks, explained under the table.</summary>
    private string Cell(Indicator indicator, Observation? observation) =>
        observation is null ? Data.StatusSymbols.NotAvailable
        : FlagText.WithMarks(Phrases, formats.Cell(observation.Value, observation.Status, indicator.Decimals) + (observation.Provenance == Provenance.Illustrative && observation.Value.HasValue ? "*" : string.Empty), observation.Value.HasValue ? observation.Flags : []);

    /// <summary>Explains the marks in the cells shown: the asterisk of illustrative figures, each status symbol and each flag of the source.</summary>
    private string? Footnote(IEnumerable<Observation> shown)
    {
        var observations = shown.ToList();
        var notes = new List<string>();
        if (observations.Any(o => o.Provenance == Provenance.Illustrative && o.Value.HasValue))
        {
            notes.Add(Phrases.Get("pages.tables.illustrative"));
        }

        notes.AddRange(observations.Where(o => o.Value is null && o.Status is not null).Select(o => o.Status!).Distinct().Order(StringComparer.Ordinal)
            .Select(symbol => Phrases.Get("pages.tables.symbol", ("symbol", symbol), ("meaning", Phrases.Get($"symbols.{Data.StatusSymbols.Key(symbol)}")))));

        // The source's flags on published figures, each mark explained once, in the vocabulary's order.
        var flags = observations.Where(o => o.Value.HasValue).SelectMany(o => o.Flags).ToHashSet();
        notes.AddRange(Data.StatusMeanings.Flags.Where(flags.Contains)
            .Select(flag => Phrases.Get("pages.tables.symbol", ("symbol", FlagText.Marks(Phrases, [flag])), ("meaning", Phrases.Get($"symbols.{flag}")))));
        return notes.Count > 0 ? string.Join(" ", notes) : null;
    }
}

using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Charts;

/// <summary>
/// The chart stage: for every indicator a line chart of its groups' totals (with breaks, goal and
/// the latest value marked), a sparkline of its headline series, and one chart per breakdown in
/// its latest year, chosen by what the breakdown holds:
/// several groups and few categories → grouped bars (such as men and women per group);
/// several groups with the reference and many categories → a gap chart;
/// one group over several years with few categories → small multiples over time;
/// otherwise → bars by category in catalogue order.
/// Titles, text alternatives and axis words are the phrase book's (<c>charts.*</c>), numbers the language's.
/// </summary>
public static class ChartBuilder
{
    /// <summary>Every indicator's charts, in the language of <paramref name="formats"/>.</summary>
    public static IReadOnlyDictionary<string, IndicatorCharts> Build(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results, Formats formats) =>
        results.ToDictionary(r => r.Indicator.Id, r => Charts(catalogue, r, formats));

    private static IndicatorCharts Charts(IndicatorCatalogue catalogue, IndicatorResult r, Formats formats)
    {
        var main = SpecFor(catalogue, r, formats);
        return new IndicatorCharts(
            LineChart.Render(main, formats),
            r.Indicator.Breakdowns.Select(catalogue.FindBreakdown).OfType<Breakdown>()
                .Select(b => (b.Id, Svg: BreakdownChart(catalogue, r, b, formats)))
                .Where(x => x.Svg is not null)
                .ToDictionary(x => x.Id, x => x.Svg!),
            Sparkline.Render(SparklineFor(catalogue, r, formats), formats))
        {
            MainLegend = ChartLegend.Render(main, formats),
            BreakdownFlags = r.Indicator.Breakdowns.Select(catalogue.FindBreakdown).OfType<Breakdown>()
                .ToDictionary(b => BreakdownId(r.Indicator.Id, b.Id), b => BreakdownFlags(catalogue, r, b)),
        };
    }

    /// <summary>The id of an indicator's line chart, also the name of its download files.</summary>
    public static string MainId(string indicatorId) => $"chart-{indicatorId}";

    /// <summary>The id of an indicator's chart of one breakdown, also the name of its download files.</summary>
    public static string BreakdownId(string indicatorId, string breakdownId) => $"chart-{indicatorId}-{breakdownId}";

    internal static LineChartSpec SpecFor(IndicatorCatalogue catalogue, IndicatorResult result, Formats formats)
    {
        var indicator = result.Indicator;
        var main = result.Data.MainSeries();
        var series = result.Series.Where(s => main.Contains(s.Series))
            .Select(s => new ChartSeries(SeriesLabel(catalogue, s.Series, main, formats), Points(s.Series)))
            .ToList();
        return new LineChartSpec(MainId(indicator.Id), indicator.Title, formats.UnitTitle(indicator.Unit), indicator.Decimals, indicator.AxisFromZero, series)
        {
            Breaks = indicator.Breaks.Select(b => new ChartBreak(b.Year, FlagText.BreakNote(formats.Phrases, b))).ToList(),
            Goal = indicator.Goal is { } goal ? new ChartGoal(goal.Value, formats.Phrases.Get("charts.goal", ("value", formats.Value(goal.Value, indicator.Decimals, indicator.Unit)))) : null,
            HighlightLatest = indicator.Level == IndicatorLevel.Main,
            Interval = indicator.JoinWithin,
            PerYear = indicator.PerYear,
        };
    }

    /// <summary>A line's label: its group, or for a breakdown without a total its category (with the group when there are several).</summary>
    internal static string SeriesLabel(IndicatorCatalogue catalogue, Series series, IReadOnlyList<Series> main, Formats formats)
    {
        var group = catalogue.FindGroup(series.GroupId)!.Label;
        if (series.IsTotal)
        {
            return group;
        }

        var category = catalogue.FindBreakdown(series.Breakdown!)?.FindCategory(series.Category!)?.Label ?? series.Category!;
        return main.Select(s => s.GroupId).Distinct().Count() > 1 ? formats.Phrases.Get("pages.tables.category-group", ("category", category), ("group", group)) : category;
    }

    private static SparklineSpec SparklineFor(IndicatorCatalogue catalogue, IndicatorResult result, Formats formats)
    {
        var headline = ThemeSummariser.Headline(catalogue, result);
        var title = headline is null ? result.Indicator.Title : formats.Phrases.Get("charts.titles.headline", ("indicator", result.Indicator.Title), ("group", headline.Group.InSentence(formats.Culture)));
        return new SparklineSpec($"spark-{result.Indicator.Id}", title, result.Indicator.Decimals, headline is null ? [] : Points(headline.Series), result.Indicator.JoinWithin,
            result.Indicator.Breaks.Select(b => new ChartBreak(b.Year, FlagText.BreakNote(formats.Phrases, b))).ToList(), result.Indicator.PerYear);
    }

    private static string? BreakdownChart(IndicatorCatalogue catalogue, IndicatorResult result, Breakdown breakdown, Formats formats)
    {
        var indicator = result.Indicator;
        var (culture, phrases) = (formats.Culture, formats.Phrases);
        var series = result.Data.Series.Where(s => s.Breakdown == breakdown.Id).ToList();
        var withValues = series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).ToList();
        if (withValues.Count == 0)
        {
            return null;
        }

        var year = withValues.Max(o => o.Year);
        var groups = catalogue.Groups.Where(g => series.Any(s => s.GroupId == g.Id)).ToList();
        var categories = breakdown.Categories.Where(c => series.Any(s => s.Category == c.Id)).ToList();
        var id = BreakdownId(indicator.Id, breakdown.Id);
        var (indicatorTitle, breakdownLabel) = (("indicator", (object?)indicator.Title), ("breakdown", (object?)breakdown.Label.ToLower(culture)));
        var when = formats.When(year, indicator.PerYear);
        var title = phrases.Get("charts.titles.by-breakdown", indicatorTitle, breakdownLabel, ("year", when));
        var axis = formats.UnitTitle(indicator.Unit);
        Observation? Cell(string group, string category) =>
            series.FirstOrDefault(s => s.GroupId == group && s.Category == category)?.Observations.FirstOrDefault(o => o.Year == year);
        ChartBar Bar(string label, Observation? o) => new(label, o?.Value, o is null ? Data.StatusSymbols.NotAvailable : o.Status) { Flags = FlagsOf(o) };

        var reference = catalogue.ReferenceFor(indicator);
        if (groups.Count > 1 && categories.Count <= 3)
        {
            return GroupedBarChart.Render(new GroupedBarChartSpec(id, title, axis, indicator.Decimals,
                groups.Select(g => g.Label).ToList(),
                categories.Select(c => c.Label).ToList(),
                groups.Select(g => (IReadOnlyList<ChartBar>)categories.Select(c => Bar(c.Label, Cell(g.Id, c.Id))).ToList()).ToList()), formats);
        }

        if (groups.Count > 1 && groups.Any(g => g.Id == reference))
        {
            var group = groups.First(g => g.Id != reference);
            return GapChart.Render(new GapChartSpec(id, title, axis, indicator.Decimals, indicator.AxisFromZero,
                group.Label, catalogue.FindGroup(reference)!.Label,
                categories.Select(c => new GapRow(c.Label, Cell(group.Id, c.Id)?.Value, Cell(reference, c.Id)?.Value, Cell(group.Id, c.Id)?.Status)
                {
                    Flags = FlagsOf(Cell(group.Id, c.Id)),
                    ReferenceFlags = FlagsOf(Cell(reference, c.Id)),
                }).ToList()), formats);
        }

        var only = groups[0];
        if (IsSmallMultiples(groups.Count, groups.Any(g => g.Id == reference), categories.Count, withValues.Select(o => o.Year).Distinct().Count()))
        {
            return SmallMultiples.Render(new SmallMultiplesSpec(id, phrases.Get("charts.titles.over-time-for-group", indicatorTitle, breakdownLabel, ("group", only.InSentence(culture))), axis, indicator.Decimals, indicator.AxisFromZero,
                categories.Select(c => new ChartSeries(c.Label, Points(series.First(s => s.GroupId == only.Id && s.Category == c.Id)))).ToList())
            {
                Breaks = indicator.Breaks.Select(b => new ChartBreak(b.Year, FlagText.BreakNote(formats.Phrases, b))).ToList(),
                Interval = indicator.JoinWithin,
                PerYear = indicator.PerYear,
            }, formats);
        }

        return BarChart.Render(new BarChartSpec(id, phrases.Get("charts.titles.by-breakdown-for-group", indicatorTitle, breakdownLabel, ("year", when), ("group", only.InSentence(culture))), axis, indicator.Decimals,
            categories.Select(c => Bar(c.Label, Cell(only.Id, c.Id))).ToList()) { Group = only.Label }, formats);
    }

    /// <summary>
    /// Whether a breakdown is drawn over time as small multiples (so its table must show every
    /// year, not only the latest): one group, or several without the reference, and more than
    /// three categories but at most four, over three years or more.
    /// </summary>
    public static bool IsSmallMultiples(IndicatorCatalogue catalogue, IndicatorResult result, Breakdown breakdown)
    {
        var series = result.Data.Series.Where(s => s.Breakdown == breakdown.Id).ToList();
        var withValues = series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).ToList();
        var groups = catalogue.Groups.Where(g => series.Any(s => s.GroupId == g.Id)).ToList();
        var categories = breakdown.Categories.Count(c => series.Any(s => s.Category == c.Id));
        return withValues.Count > 0 && IsSmallMultiples(groups.Count, groups.Any(g => g.Id == catalogue.ReferenceFor(result.Indicator)), categories, withValues.Select(o => o.Year).Distinct().Count());
    }

    private static bool IsSmallMultiples(int groups, bool withReference, int categories, int years) =>
        !(groups > 1 && categories <= 3) && !(groups > 1 && withReference) && categories <= 4 && years >= 3;

    private static List<ChartPoint> Points(Series series) => series.Observations.Select(o => new ChartPoint(o.Year, o.Value) { Flags = FlagsOf(o) }).ToList();

    /// <summary>The flags a chart marks on a figure, or on a cell the breakdown does not have (none).</summary>
    private static IReadOnlyList<string> FlagsOf(Observation? o) => o?.PublishedFlags ?? [];

    /// <summary>
    /// The flag meanings a breakdown's chart marks, in the vocabulary's order, for the note under
    /// it: the figures of its latest year, or for small multiples every year of the group drawn.
    /// </summary>
    internal static IReadOnlyList<string> BreakdownFlags(IndicatorCatalogue catalogue, IndicatorResult result, Breakdown breakdown)
    {
        var series = result.Data.Series.Where(s => s.Breakdown == breakdown.Id).ToList();
        var withValues = series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).ToList();
        if (withValues.Count == 0)
        {
            return [];
        }

        // The groups the chart draws, by BreakdownChart's rules: all of them in grouped bars, the
        // first other group and the reference in a gap chart, else the first group alone.
        var year = withValues.Max(o => o.Year);
        var groups = catalogue.Groups.Where(g => series.Any(s => s.GroupId == g.Id)).Select(g => g.Id).ToList();
        var reference = catalogue.ReferenceFor(result.Indicator);
        var categories = breakdown.Categories.Count(c => series.Any(s => s.Category == c.Id));
        IReadOnlyList<string> shown = groups.Count > 1 && categories <= 3 ? groups
            : groups.Count > 1 && groups.Contains(reference) ? [groups.First(g => g != reference), reference]
            : [groups[0]];
        var ofShown = series.Where(s => shown.Contains(s.GroupId)).SelectMany(s => s.Observations);
        var drawn = IsSmallMultiples(catalogue, result, breakdown) ? ofShown : ofShown.Where(o => o.Year == year);
        var flags = drawn.SelectMany(FlagsOf).ToHashSet();
        return Data.StatusMeanings.InOrder(flags);
    }
}

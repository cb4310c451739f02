using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>
/// Turns the analysis results into the template model: figures, changes, gaps and directions as
/// data, labels from the catalogue. Table cells and captions are composed here from the phrase
/// book and the culture; every other sentence is worded by the templates.
/// </summary>
internal sealed partial class ViewBuilder(IndicatorCatalogue catalogue, EditionAnalysis analysis, IReadOnlyDictionary<string, Charts.IndicatorCharts> charts, RenderedText text, Formats formats)
{
    private readonly IReadOnlyList<IndicatorResult> results = analysis.Indicators;
    private readonly IReadOnlyList<ThemeSummary> summaries = analysis.Themes;
    private PhraseBook Phrases => formats.Phrases;

    /// <summary>The file a theme's page is written to.</summary>
    public static string ThemeFile(string themeId) => $"{themeId}.html";

    public static string ThemeHref(Theme theme) => SafeUrl.Page(ThemeFile(theme.Id));

    /// <summary>The printed contents: each chapter and its indicators, and the method; pages still blank.</summary>
    public IReadOnlyList<TocEntryView> Contents(IReadOnlyList<ThemeView> themes) =>
    [
        .. themes.SelectMany(t => new[] { new TocEntryView(t.Title, $"#{t.Id}", 1, string.Empty) }
            .Concat(t.Indicators.Select(i => new TocEntryView(i.Title, $"#{i.Id}", 2, string.Empty)))),
        new TocEntryView(Phrases.Get("pages.method.title"), "#metode", 1, string.Empty),
        new TocEntryView(Phrases.Get("pages.appendix.title"), $"#{TableLayout.AppendixId}", 1, string.Empty),
    ];

    /// <summary>
    /// One named page per chapter, whose top margin box carries the chapter's title: Chromium has
    /// no string-set for running headers, but it has named pages and margin boxes.
    /// </summary>
    public TrustedHtml PrintStyle(IReadOnlyList<ThemeView> themes, bool draft = false)
    {
        var chapters = themes.Select(t => (t.Id, t.Title)).Append((Id: "metode", Title: Phrases.Get("pages.method.title"))).Append((Id: TableLayout.AppendixId, Title: Phrases.Get("pages.appendix.title")));
        return new TrustedHtml(string.Concat(chapters.Select(c =>
            $"@page chapter-{Css.Identifier(c.Id)} {{ @top-left {{ content: {Css.String(c.Title)}; }} }} #{Css.Identifier(c.Id)} {{ page: chapter-{Css.Identifier(c.Id)}; }} "))
            + (draft ? DraftMargin : string.Empty));
    }

    /// <summary>
    /// A draft's pages: 6 mm of the 20 mm left margin stays margin and 14 mm becomes the body's padding,
    /// so the text stands where it does in the final build and the reference numbers (print.css) fit
    /// in the page area, which Chromium clips to.
    /// </summary>
    private const string DraftMargin = "@page { margin-left: 6mm; } body { padding-left: 14mm; } ";

    /// <summary>The method page's numbers, from the catalogue alone (no figures needed).</summary>
    public static MethodView Method(IndicatorCatalogue catalogue)
    {
        var defaults = AnalysisSettings.Default;
        var exceptions = catalogue.Indicators
            .Select(i => new MethodExceptionView(
                i.Title,
                i.Interval > 1 ? i.Interval : null,
                i.Analysis.TrendYears != defaults.TrendYears ? i.Analysis.TrendYears : null,
                i.Analysis.Baseline,
                i.Analysis.MinPoints != defaults.MinPoints ? i.Analysis.MinPoints : null)
            {
                Irregular = i.Irregular,
                SinglePopulation = i.SinglePopulation,
                NoTotal = i.Data.NoTotal,
                Period = i.SubAnnual ? PeriodAxis.Name(i.PerYear) : i.Data.Period?.Mode.ToString().ToLowerInvariant(),
                Pick = i.Data.Period?.Pick,
                PerYear = i.Data.Period?.PerYear,
            })
            .Where(e => e.Any)
            .ToList();

        // Each indicator's threshold (analysis.stableBelow), grouped so the page names every indicator once.
        var thresholds = catalogue.Indicators
            .GroupBy(i => i.Analysis.StableBelow > 0 ? (i.Analysis.StableBelow, Decimals: Math.Max(i.Decimals, 1), Unit: Formats.UnitKey(Formats.ChangeUnit(i.Unit))) : (0, 0, string.Empty))
            .Select(g => new ThresholdView(g.Key.Item1 > 0 ? new FigureView(g.Key.Item1, null, g.Key.Item2, g.Key.Item3, false) : null, g.Select(i => i.Title).ToList()))
            .ToList();
        return new MethodView(
            defaults.TrendYears,
            catalogue.Disclosure.MinCount,
            catalogue.Disclosure.MaxIntervalWidth,
            catalogue.FindGroup(catalogue.Edition.ReferenceGroup)!.Label,
            Data.StatusSymbols.All.Select(s => new SymbolView(s, Data.StatusSymbols.Key(s))).ToList(),
            exceptions,
            thresholds,
            defaults.MinPoints,
            AnalysisSettings.GapYears,
            catalogue.Municipalities?.Comparison is { } comparison ? Comparison(comparison) : null,
            catalogue.Disclosure.Protection)
        {
            Retrievals = [.. catalogue.Indicators.Select(RetrievalView.For).OfType<RetrievalView>()],
        };
    }

    private static ComparisonView Comparison(ComparisonSettings settings) => new(
        settings.Level * 100,
        settings.Method switch
        {
            MultipleTesting.BenjaminiHochberg => "benjamini-hochberg",
            MultipleTesting.Bonferroni => "bonferroni",
            _ => "none",
        });

    public IReadOnlyList<ThemeView> Themes() =>
        catalogue.Themes.Select((theme, index) => new ThemeView(
            theme.Id,
            theme.Title,
            theme.Intro,
            ThemeHref(theme),
            Development(summaries.First(s => s.ThemeId == theme.Id)),
            text.ThemeIntroductions.TryGetValue(theme.Id, out var introduction) ? new TrustedHtml(introduction) : null,
            text.ThemeSummaries.TryGetValue(theme.Id, out var summary) ? new TrustedHtml(summary) : null,
            results.Where(r => r.Indicator.ThemeId == theme.Id).Select(Indicator).ToList())
        {
            Number = index + 1,
            Findings = [.. KeyFindings.ForTheme(catalogue, results, text.Findings, theme.Id).Select(f => Finding(f, local: true))],
        }).ToList();

    /// <summary>The key findings at the front of the publication (<see cref="KeyFindings"/>), each linked to its indicator.</summary>
    public IReadOnlyList<FindingView> Findings() =>
        [.. KeyFindings.Select(catalogue, results, text.Findings).Select(f => Finding(f, local: false))];

    private FindingView Finding(KeyFinding finding, bool local)
    {
        var indicator = results.First(r => r.Indicator.Id == finding.Indicator).Indicator;
        var href = local ? $"#{indicator.Id}" : $"{ThemeHref(catalogue.Themes.First(t => t.Id == indicator.ThemeId))}#{indicator.Id}";
        return new FindingView(
            finding.Kind,
            indicator.Id,
            indicator.Title,
            href,
            Figure(indicator, finding.Series),
            finding.Kind is FindingKinds.GoalReached or FindingKinds.GoalOutOfReach ? Goal(indicator) : null,
            finding.BreakYear is { } breakYear ? formats.When(breakYear, indicator.PerYear) : null,
            text.FindingTexts.TryGetValue(indicator.Id, out var own) ? new TrustedHtml(own) : null,
            finding.Pinned);
    }

    /// <summary>The theme's long-term development: the main indicators in each direction and gap category, by title.</summary>
    private DevelopmentView? Development(ThemeSummary summary)
    {
        List<string> Titles(IReadOnlyList<string> ids) => [.. ids.Select(id => results.First(r => r.Indicator.Id == id).Indicator.Title)];
        var view = new DevelopmentView(
            summary.Improving.Count + summary.Stable.Count + summary.Worsening.Count + summary.NoClearTrend.Count + summary.Undetermined.Count,
            AnalysisSettings.Default.TrendYears,
            Titles(summary.Improving),
            Titles(summary.Stable),
            Titles(summary.Worsening),
            Titles(summary.NoClearTrend),
            Titles(summary.Undetermined),
            AnalysisSettings.GapYears,
            Titles(summary.GapsNarrowed),
            Titles(summary.GapsWidened),
            Titles(summary.GapsUnchanged));
        return view.Judged == 0 ? null : view;
    }

    /// <summary>
    /// One key figure per main indicator: its headline series (the first group that is not the
    /// reference group), the same series its sparkline draws.
    /// </summary>
    public IReadOnlyList<KeyFigureView> KeyFigures() =>
        results.Where(r => r.Indicator.Level == IndicatorLevel.Main)
            .Select(r => (Result: r, Headline: ThemeSummariser.Headline(catalogue, r)))
            .Where(x => x.Headline is not null)
            .Select(x => new KeyFigureView(
                x.Result.Indicator.Title,
                $"{ThemeHref(catalogue.Themes.First(t => t.Id == x.Result.Indicator.ThemeId))}#{x.Result.Indicator.Id}",
                Figure(x.Result.Indicator, x.Headline!),
                new TrustedHtml(charts[x.Result.Indicator.Id].Sparkline)))
            .ToList();

    private GroupFigureView Figure(Indicator indicator, SeriesResult s)
    {
        var reference = catalogue.FindGroup(catalogue.ReferenceFor(indicator))!;
        var unit = Formats.UnitKey(indicator.Unit);
        var latest = s.Latest!;
        GapView? gap = null;
        if (s.Gap is { } g)
        {
            var trend = GapRule.Judge(s, indicator);
            gap = new GapView(g, indicator.Decimals, unit, reference.Label,
                trend is { } t ? t switch { GapTrend.Narrowed => "narrowed", GapTrend.Widened => "widened", _ => "unchanged" } : null,
                trend is null ? null : GapRule.Change(s), formats.When(latest.Year - indicator.PeriodsIn(AnalysisSettings.GapYears), indicator.PerYear));
        }

        return new GroupFigureView(
            s.Group.Label,
            new FigureView(latest.Value, latest.Status, indicator.Decimals, unit, latest.Provenance == Provenance.Illustrative) { Flags = latest.PublishedFlags },
            formats.When(latest.Year, indicator.PerYear),
            Change(indicator, s),
            LongChange(indicator, s),
            s.Direction is { } d ? DirectionRule.Name(d) : null,
            gap);
    }

    private IndicatorView Indicator(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var about = string.Join(" ", new[] { indicator.Population, indicator.AgeBand }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new IndicatorView(
            indicator.Id,
            indicator.Title,
            indicator.Level switch
            {
                IndicatorLevel.Main => "main",
                IndicatorLevel.Supplementary => "supplementary",
                _ => "base",
            },
            indicator.Definition,
            about.Length > 0 ? about : null,
            new TrustedHtml(charts[indicator.Id].Main),
            Formats.UnitKey(indicator.Unit),
            result.Series.Where(s => s.Series.IsTotal && s.Latest is not null).Select(s => Figure(indicator, s)).ToList(),
            YearTable(result),
            [.. Breakdowns(result).Select(b => b.Explore is { } e ? b with { Flags = charts[indicator.Id].BreakdownFlags.GetValueOrDefault(e.Id) ?? [] } : b)],
            analysis.Standardised.Where(s => s.IndicatorId == indicator.Id).Select(s => StandardisedTable(indicator, s)).ToList(),
            analysis.Standardised.Where(s => s.IndicatorId == indicator.Id && s.Change is not null).Select(s => Decomposition(indicator, s)).ToList(),
            // A source address that is not on the web (javascript:, data: …) is shown as text only.
            new SourceView(indicator.Source.Name, indicator.Source.Table, SafeUrl.Web(indicator.Source.Url)) { Retrieved = RetrievalView.For(indicator) },
            result.Data.Series.SelectMany(s => s.Observations).Any(o => o.Provenance == Provenance.Illustrative),
            indicator.Notes,
            text.IndicatorComments.TryGetValue(indicator.Id, out var comment) ? new TrustedHtml(comment) : null,
            indicator.Breaks.Select(b => new BreakView(formats.When(b.Year, indicator.PerYear), FlagText.BreakNote(Phrases, b))).ToList(),
            Goal(indicator))
        {
            Explore = indicator.Level == IndicatorLevel.BaseFigures ? null : MainExplore(result),
            RecentTable = YearTable(result, TableLayout.RecentYears),
        };
    }

    private GoalView? Goal(Indicator indicator)
    {
        if (indicator.Goal is not { } goal)
        {
            return null;
        }

        var unit = Formats.UnitKey(indicator.Unit);
        var series = results.First(r => r.Indicator.Id == indicator.Id).Series.FirstOrDefault(s => s.Goal is not null);
        var status = series?.Goal;
        return new GoalView(
            new FigureView(goal.Value, null, indicator.Decimals, unit, false),
            goal.Group is null ? null : catalogue.FindGroup(goal.Group)!.Label,
            goal.By,
            goal.SetBy,
            series?.Latest is { } latest ? formats.When(latest.Year, indicator.PerYear) : string.Empty,
            status?.Reached,
            status is null ? null : Math.Abs(status.Distance),
            status?.OnTrack);
    }

    /// <summary>The change since the previous measurement, or why it is missing.</summary>
    private ChangeView Change(Indicator indicator, SeriesResult s) => new(
        s.Change1, formats.When(s.Change1Since ?? s.Latest!.Year - indicator.PeriodsIn(indicator.Interval), indicator.PerYear), indicator.Decimals, Formats.UnitKey(indicator.Unit),
        s.Change1 is null ? Why(indicator, s, "change1") : null, null)
    {
        SinceSurvey = indicator.Irregular,
    };

    /// <summary>
    /// The long change: since the baseline year when the catalogue sets one, else over ten years;
    /// when a series break lies in between, since the first figure after the break instead.
    /// </summary>
    private ChangeView LongChange(Indicator indicator, SeriesResult s)
    {
        // A baseline is a year: an indicator published by period compares with the same period of it.
        var latest = s.Latest!.Year;
        var (value, field, since) = indicator.Analysis.Baseline is { } baseline
            ? (s.ChangeBaseline, "changeBaseline", latest - indicator.PeriodsIn(PeriodAxis.YearOf(latest, indicator.PerYear) - baseline))
            : (s.Change10, "change10", latest - indicator.PeriodsIn(10));
        var unit = Formats.UnitKey(indicator.Unit);
        string When(int place) => formats.When(place, indicator.PerYear);
        if (value is not null)
        {
            return new ChangeView(value, When(since), indicator.Decimals, unit, null, null);
        }

        return s.SinceBreak is { } segment && since < segment.From
            ? new ChangeView(segment.Change, When(since), indicator.Decimals, unit, null, When(segment.From))
            : new ChangeView(null, When(since), indicator.Decimals, unit, Why(indicator, s, field), null);
    }

    private static ReasonView Why(Indicator indicator, SeriesResult s, string field) =>
        new(s.Why.GetValueOrDefault(field) ?? Reason.Of("no-figures")) { PerYear = indicator.PerYear };

    private DecompositionView Decomposition(Indicator indicator, StandardisedResult s)
    {
        var change = s.Change!;
        return new DecompositionView(
            catalogue.FindGroup(s.GroupId)!.Label,
            catalogue.FindBreakdown(s.Standard.Breakdown)!.Label,
            change.FromYear,
            change.ToYear,
            change.Total,
            change.CompositionPart,
            change.OutcomePart,
            indicator.Decimals,
            Formats.UnitKey(indicator.Unit),
            s.Illustrative);
    }
}

using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>Turns the analysis results into the formatted template model.</summary>
internal sealed partial class ViewBuilder(IndicatorCatalogue catalogue, EditionAnalysis analysis, IReadOnlyDictionary<string, Charts.IndicatorCharts> charts, RenderedText text)
{
    private readonly IReadOnlyList<IndicatorResult> results = analysis.Indicators;
    private readonly IReadOnlyList<ThemeSummary> summaries = analysis.Themes;
    private readonly NumberText _numbers = new(catalogue.Edition.Culture);

    /// <summary>The file a theme's page is written to.</summary>
    public static string ThemeFile(string themeId) => $"{themeId}.html";

    public static string ThemeHref(Theme theme) => SafeUrl.Page(ThemeFile(theme.Id));

    /// <summary>The printed contents: each chapter and its indicators, and the method; pages still blank.</summary>
    public IReadOnlyList<TocEntryView> Contents(IReadOnlyList<ThemeView> themes) =>
    [
        .. themes.SelectMany(t => new[] { new TocEntryView(t.Title, $"#{t.Id}", 1, string.Empty) }
            .Concat(t.Indicators.Select(i => new TocEntryView(i.Title, $"#{i.Id}", 2, string.Empty)))),
        new TocEntryView("Metode", "#metode", 1, string.Empty),
    ];

    /// <summary>
    /// One named page per chapter, whose top margin box carries the chapter's title: Chromium has
    /// no string-set for running headers, but it has named pages and margin boxes.
    /// </summary>
    public string PrintStyle(IReadOnlyList<ThemeView> themes)
    {
        var chapters = themes.Select(t => (t.Id, t.Title)).Append((Id: "metode", Title: "Metode"));
        return string.Concat(chapters.Select(c =>
            $"@page chapter-{Css.Identifier(c.Id)} {{ @top-left {{ content: {Css.String(c.Title)}; }} }} #{Css.Identifier(c.Id)} {{ page: chapter-{Css.Identifier(c.Id)}; }} "));
    }

    /// <summary>The method page's numbers, from the catalogue alone (no figures needed).</summary>
    public static MethodView Method(IndicatorCatalogue catalogue)
    {
        var numbers = new NumberText(catalogue.Edition.Culture);
        var defaults = AnalysisSettings.Default;
        var exceptions = catalogue.Indicators
            .Where(i => i.Analysis != defaults with { Standard = i.Analysis.Standard, StableBelow = i.Analysis.StableBelow } || i.Interval > 1)
            .Select(i => $"{i.Title}: " + string.Join("; ", new[]
            {
                i.Interval > 1 ? $"måles hvert {i.Interval}. år, så endringen siden forrige måling gjelder {i.Interval} år" : null,
                i.Analysis.TrendYears != defaults.TrendYears ? $"trend over {i.Analysis.TrendYears} år" : null,
                i.Analysis.Baseline is { } b ? $"langsiktig endring måles fra {b}" : null,
                i.Analysis.MinPoints != defaults.MinPoints ? $"retning krever minst {i.Analysis.MinPoints} år med tall" : null,
            }.OfType<string>()) + ".")
            .Where(text => !text.EndsWith(": .", StringComparison.Ordinal))
            .ToList();

        // Each indicator's threshold (analysis.stableBelow), grouped so the page names every indicator once.
        var thresholds = catalogue.Indicators
            .GroupBy(i => i.Analysis.StableBelow > 0
                ? $"{numbers.Value(i.Analysis.StableBelow, Math.Max(i.Decimals, 1))}{NumberText.ValueSuffix(i.Unit == Unit.Percent ? Unit.PercentagePoints : i.Unit)}"
                : "ingen terskel (ingenting kan kalles stabil)")
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(i => i.Title))}.")
            .ToList();
        return new MethodView(
            defaults.TrendYears.ToString(catalogue.Edition.Culture),
            catalogue.Disclosure.MinCount.ToString(catalogue.Edition.Culture),
            numbers.Value(catalogue.Disclosure.MaxIntervalWidth, 0),
            catalogue.FindGroup(catalogue.Edition.ReferenceGroup)!.Label.ToLower(catalogue.Edition.Culture),
            Data.StatusSymbols.All.Select(s => new SymbolView(s, Data.StatusSymbols.Explain(s))).ToList(),
            exceptions,
            thresholds,
            defaults.MinPoints.ToString(catalogue.Edition.Culture),
            AnalysisSettings.GapYears.ToString(catalogue.Edition.Culture),
            catalogue.Municipalities?.Comparison is { } comparison ? Comparison(comparison, catalogue.Edition.Culture) : null,
            catalogue.Disclosure.Protection.ToString(catalogue.Edition.Culture));
    }


    private static ComparisonView Comparison(ComparisonSettings settings, System.Globalization.CultureInfo culture)
    {
        var level = (settings.Level * 100).ToString("0.##", culture);
        return new ComparisonView(level, settings.Method switch
        {
            MultipleTesting.BenjaminiHochberg => $"Benjamini–Hochbergs metode: blant forskjellene som markeres som signifikante på et faktaark, er den forventede andelen falske funn høyst {level} prosent",
            MultipleTesting.Bonferroni => $"Bonferronis metode: sjansen for minst ett falskt funn på et faktaark er høyst {level} prosent",
            _ => $"ingen korreksjon: hver sammenligning testes for seg på {level} prosents nivå",
        }, settings.Method == MultipleTesting.BenjaminiHochberg);
    }

    public IReadOnlyList<ThemeView> Themes() =>
        catalogue.Themes.Select(theme => new ThemeView(
            theme.Id,
            theme.Title,
            theme.Intro,
            ThemeHref(theme),
            Development(summaries.First(s => s.ThemeId == theme.Id)),
            text.ThemeIntroductions.GetValueOrDefault(theme.Id),
            text.ThemeSummaries.GetValueOrDefault(theme.Id),
            results.Where(r => r.Indicator.ThemeId == theme.Id).Select(Indicator).ToList())).ToList();

    /// <summary>The theme's long-term development in plain sentences, naming the indicators behind each count.</summary>
    private List<string> Development(ThemeSummary summary)
    {
        var judged = summary.Improving.Count + summary.Stable.Count + summary.Worsening.Count + summary.NoClearTrend.Count + summary.Undetermined.Count;
        if (judged == 0)
        {
            return [];
        }

        string Titles(IReadOnlyList<string> ids) => string.Join(", ", ids.Select(id => results.First(r => r.Indicator.Id == id).Indicator.Title.ToLower(catalogue.Edition.Culture)));
        string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
        var years = AnalysisSettings.Default.TrendYears;

        var lines = new List<string>
        {
            $"Av {Count(judged, "hovedindikator", "hovedindikatorer")} har {summary.Improving.Count} utviklet seg i positiv retning og {summary.Worsening.Count} i negativ retning over de siste {years} årene; "
                + $"{summary.Stable.Count} {(summary.Stable.Count == 1 ? "er stabil" : "er stabile")} (endringen er vist å være liten), og for {summary.NoClearTrend.Count} er det ingen klar trend (tallene er for usikre til å si retningen)."
                + (summary.Undetermined.Count > 0 ? $" For {Count(summary.Undetermined.Count, "indikator", "indikatorer")} er det for få år med tall til å si noe om retningen." : string.Empty),
        };
        if (summary.Improving.Count > 0)
        {
            lines.Add($"Positiv utvikling: {Titles(summary.Improving)}.");
        }

        if (summary.Worsening.Count > 0)
        {
            lines.Add($"Negativ utvikling: {Titles(summary.Worsening)}.");
        }

        var gaps = summary.GapsNarrowed.Count + summary.GapsWidened.Count + summary.GapsUnchanged.Count;
        if (gaps > 0)
        {
            lines.Add($"Over de siste {AnalysisSettings.GapYears} årene er forskjellen til sammenligningsgruppen redusert for {summary.GapsNarrowed.Count}, økt for {summary.GapsWidened.Count} og omtrent uendret for {summary.GapsUnchanged.Count} av {Count(gaps, "indikator", "indikatorer")} med tall for begge år."
                + (summary.GapsNarrowed.Count > 0 ? $" Redusert: {Titles(summary.GapsNarrowed)}." : string.Empty)
                + (summary.GapsWidened.Count > 0 ? $" Økt: {Titles(summary.GapsWidened)}." : string.Empty));
        }

        return lines;
    }

    public IReadOnlyList<KeyFigureView> KeyFigures() =>
        results.Where(r => r.Indicator.Level == IndicatorLevel.Main)
            .Select(r => (Result: r, First: r.Series.FirstOrDefault(s => s.Series.IsTotal && s.Latest is not null)))
            .Where(x => x.First is not null)
            .Select(x =>
            {
                var (indicator, first) = (x.Result.Indicator, x.First!);
                var change = Change(indicator, first);
                var longChange = LongChange(indicator, first);
                return new KeyFigureView(
                    indicator.Title,
                    $"{ThemeHref(catalogue.Themes.First(t => t.Id == indicator.ThemeId))}#{indicator.Id}",
                    first.Group.Label,
                    Latest(indicator, first),
                    first.Latest!.Year.ToString(catalogue.Edition.Culture),
                    change,
                    longChange,
                    first.Direction is { } d ? DirectionRule.Norwegian(d) : null,
                    first.Gap is { } g ? $"{ChangeText(indicator, g)} mot {catalogue.FindGroup(catalogue.ReferenceFor(indicator))!.Label.ToLower(catalogue.Edition.Culture)}{GapTrend(indicator, first)}" : null,
                    charts[indicator.Id].Sparkline);
            })
            .ToList();

    private IndicatorView Indicator(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var reference = catalogue.FindGroup(catalogue.ReferenceFor(indicator))!;
        var figures = result.Series.Where(s => s.Series.IsTotal && s.Latest is not null).Select(s =>
        {
            var change = Change(indicator, s);
            var longChange = LongChange(indicator, s);
            var gap = s.Gap is { } g ? $"{ChangeText(indicator, g)} mot {reference.Label.ToLower(catalogue.Edition.Culture)}{GapTrend(indicator, s)}" : null;
            return new GroupFigureView(
                s.Group.Label, Latest(indicator, s), s.Latest!.Year.ToString(catalogue.Edition.Culture),
                change, longChange,
                s.Direction is { } d ? $"Utvikling: {DirectionRule.Norwegian(d)}" : null, gap);
        }).ToList();

        var about = string.Join(" ", new[] { indicator.Population, indicator.AgeBand }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new IndicatorView(
            indicator.Id,
            indicator.Title,
            indicator.Level switch
            {
                IndicatorLevel.Main => "Hovedindikator",
                IndicatorLevel.Supplementary => "Supplerende indikator",
                _ => "Grunnlagstall",
            },
            indicator.Level == IndicatorLevel.BaseFigures,
            indicator.Definition,
            about.Length > 0 ? char.ToUpper(about[0], catalogue.Edition.Culture) + about[1..] : null,
            charts[indicator.Id].Main,
            NumberText.AxisTitle(indicator.Unit),
            figures,
            YearTable(result),
            Breakdowns(result),
            analysis.Standardised.Where(s => s.IndicatorId == indicator.Id).Select(s => StandardisedTable(indicator, s)).ToList(),
            analysis.Standardised.Where(s => s.IndicatorId == indicator.Id && s.Change is not null).Select(s => DecompositionText(indicator, s)).ToList(),
            indicator.Source.Name,
            indicator.Source.Table,
            // A source address that is not on the web (javascript:, data: …) is shown as text only.
            SafeUrl.Web(indicator.Source.Url),
            result.Data.Series.SelectMany(s => s.Observations).Any(o => o.Provenance == Provenance.Illustrative),
            indicator.Notes,
            text.IndicatorComments.GetValueOrDefault(indicator.Id),
            indicator.Breaks.Select(b => $"Brudd i serien fra {b.Year}: {b.Note}").ToList(),
            Goal(indicator));
    }

    private string? Goal(Indicator indicator)
    {
        if (indicator.Goal is not { } goal)
        {
            return null;
        }

        var group = goal.Group is null ? string.Empty : $" for {catalogue.FindGroup(goal.Group)!.Label.ToLower(catalogue.Edition.Culture)}";
        var by = goal.By is { } year ? $" innen {year}" : string.Empty;
        var text = $"Mål{group}: {_numbers.Value(goal.Value, indicator.Decimals)}{NumberText.ValueSuffix(indicator.Unit)}{by} ({goal.SetBy}).";
        var result = results.First(r => r.Indicator.Id == indicator.Id).Series.FirstOrDefault(s => s.Goal is not null);
        if (result?.Goal is not { } status)
        {
            return text;
        }

        var distance = Math.Abs(status.Distance);
        var unit = NumberText.ValueSuffix(indicator.Unit == Unit.Percent ? Unit.PercentagePoints : indicator.Unit);
        text += status.Reached
            ? $" Målet er nådd i {result.Latest!.Year}."
            : $" I {result.Latest!.Year} manglet det {_numbers.Value(distance, indicator.Decimals)}{unit} på målet.";
        if (status.OnTrack is { } onTrack)
        {
            text += onTrack
                ? $" Fortsetter utviklingen i samme takt, nås målet innen {status.By}."
                : $" Fortsetter utviklingen i samme takt, nås ikke målet innen {status.By}.";
        }

        return text;
    }

    /// <summary>Whether the gap narrowed, widened or stayed about unchanged (<see cref="GapRule"/>), as a clause after the gap.</summary>
    private string GapTrend(Indicator indicator, SeriesResult s)
    {
        if (GapRule.Judge(s, indicator) is not { } trend || GapRule.Change(s) is not { } change || s.Latest is null)
        {
            return string.Empty;
        }

        var unit = NumberText.ValueSuffix(indicator.Unit == Unit.Percent ? Unit.PercentagePoints : indicator.Unit);
        var size = _numbers.Value(Math.Abs(change), indicator.Decimals);
        var since = s.Latest.Year - AnalysisSettings.GapYears;
        return trend switch
        {
            Analysis.GapTrend.Narrowed => $"; redusert med {size}{unit} siden {since}",
            Analysis.GapTrend.Widened => $"; økt med {size}{unit} siden {since}",
            _ => $"; omtrent uendret siden {since}",
        };
    }

    private string Latest(Indicator indicator, SeriesResult s) =>
        _numbers.Value(s.Latest!.Value!.Value, indicator.Decimals) + NumberText.ValueSuffix(indicator.Unit);

    /// <summary>The change since the previous measurement, or a dash and the reason it is missing.</summary>
    private string Change(Indicator indicator, SeriesResult s)
    {
        var since = s.Latest!.Year - indicator.Interval;
        return s.Change1 is { } change
            ? $"{ChangeText(indicator, change)} siden {since}"
            : $"Siden {since}: ikke beregnet ({s.Why.GetValueOrDefault("change1")?.Key ?? "mangler tall"})";
    }

    /// <summary>
    /// The long change: since the baseline year when the catalogue sets one, else over ten years;
    /// when a series break lies in between, since the first figure after the break instead.
    /// </summary>
    private string LongChange(Indicator indicator, SeriesResult s)
    {
        var (value, field, since) = indicator.Analysis.Baseline is { } baseline
            ? (s.ChangeBaseline, "changeBaseline", baseline)
            : (s.Change10, "change10", s.Latest!.Year - 10);
        if (value is { } change)
        {
            return $"{ChangeText(indicator, change)} siden {since}";
        }

        return s.SinceBreak is { } segment && since < segment.From
            ? $"{ChangeText(indicator, segment.Change)} siden {segment.From} (brudd i serien, så ikke siden {since})"
            : $"Siden {since}: ikke beregnet ({s.Why.GetValueOrDefault(field)?.Key ?? "mangler tall"})";
    }

    private string ChangeText(Indicator indicator, double change) =>
        $"{_numbers.Change(change, indicator.Decimals)}{NumberText.ValueSuffix(indicator.Unit == Unit.Percent ? Unit.PercentagePoints : indicator.Unit)}";
}

using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Every published figure as one tidy table (one row per indicator, group, breakdown category and
/// year), after disclosure control: a hidden figure is a row with its symbol and no value.
/// Column headers and the words in cells (level, «I alt», provenance) are the phrase book's
/// (<c>downloads.*</c>), in the language of the publication the files belong to.
/// </summary>
public static class FigureTable
{
    /// <summary>The phrase-book names of the columns, in order (<c>downloads.columns.&lt;name&gt;</c>).</summary>
    public static IReadOnlyList<string> ColumnKeys { get; } =
    [
        "theme", "indicator-id", "indicator", "level", "group", "breakdown", "category", "year", "value", "status",
        "low", "high", "unit", "provenance", "source", "table",
    ];

    /// <summary>The column headers in the phrase book's language; <paramref name="flags"/> adds the last column, the marks of the source's flags, for a publication whose figures carry any.</summary>
    /// <summary>The columns of the figures table; the flags and period columns come last, and only when some row has them.</summary>
    public static IReadOnlyList<string> Columns(PhraseBook phrases, bool flags = false, bool periods = false) =>
        Headers(phrases, [.. ColumnKeys, .. flags ? ["flags"] : Array.Empty<string>(), .. periods ? ["period"] : Array.Empty<string>()]);

    /// <summary>Whether any published figure of the edition carries a flag of its source (the downloads then get a flags column).</summary>
    public static bool HasFlags(EditionAnalysis analysis) => Data.StatusMeanings.Used(analysis.Data).Count > 0;

    /// <summary>Headers from <c>downloads.columns.&lt;name&gt;</c>.</summary>
    public static IReadOnlyList<string> Headers(PhraseBook phrases, IEnumerable<string> keys) => [.. keys.Select(k => phrases.Get($"downloads.columns.{k}"))];

    public static IReadOnlyList<FigureRow> Rows(IndicatorCatalogue catalogue, EditionAnalysis analysis, Formats formats) =>
        analysis.Data.SelectMany(d => Rows(catalogue, d, formats)).ToList();

    public static IReadOnlyList<FigureRow> Rows(IndicatorCatalogue catalogue, IndicatorData data, Formats formats)
    {
        var phrases = formats.Phrases;
        var indicator = data.Indicator;
        var theme = catalogue.Themes.First(t => t.Id == indicator.ThemeId).Title;
        var level = phrases.Get($"downloads.levels.{LevelKey(indicator.Level)}");
        var unit = formats.UnitTitle(indicator.Unit).ToLower(formats.Culture);
        var total = phrases.Get("downloads.total");
        var (published, illustrative) = (phrases.Get("downloads.provenance.published"), phrases.Get("downloads.provenance.illustrative"));
        var source = SourceNote(indicator, formats);
        return data.Series.SelectMany(series =>
        {
            var breakdown = series.Breakdown is null ? null : catalogue.FindBreakdown(series.Breakdown);
            var category = breakdown?.FindCategory(series.Category!)?.Label ?? total;
            return series.Observations.Select(o => new FigureRow(
                theme, indicator.Id, indicator.Title, level, catalogue.FindGroup(series.GroupId)!.Label,
                breakdown?.Label ?? total, category, PeriodAxis.YearOf(o.Year, indicator.PerYear), o.Value is { } v ? Math.Round(v, indicator.Decimals, MidpointRounding.AwayFromZero) : null, o.Status ?? string.Empty,
                o.Low, o.High,
                unit, o.Provenance == Provenance.Published ? published : illustrative, source, indicator.Source.Table ?? string.Empty)
            {
                Flags = o.Value.HasValue ? FlagText.Marks(phrases, o.Flags) : string.Empty,
                Period = indicator.SubAnnual ? PeriodAxis.Code(o.Year, indicator.PerYear) : string.Empty,
            });
        }).ToList();
    }

    /// <summary>
    /// The source as the downloads name it: the catalogue's name, or for figures <c>fetch</c>
    /// downloaded, "Hentet fra SSB, tabell 05300, 12. november 2026" (<c>downloads.retrieved</c>).
    /// </summary>
    public static string SourceNote(Indicator indicator, Formats formats) =>
        indicator.Data.Retrieved is { } retrieval
            ? formats.Phrases.Get("downloads.retrieved", ("source", indicator.Source.Name), ("table", retrieval.Table), ("date", formats.Date(retrieval.Date)))
            : indicator.Source.Name;

    /// <summary>The phrase-book name of a level (<c>downloads.levels.&lt;name&gt;</c>).</summary>
    public static string LevelKey(IndicatorLevel level) => level switch
    {
        IndicatorLevel.Main => "main",
        IndicatorLevel.Supplementary => "supplementary",
        _ => "base-figures",
    };
}

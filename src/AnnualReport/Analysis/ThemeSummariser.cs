using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Builds each theme's <see cref="ThemeSummary"/>: directions by <see cref="DirectionRule"/>, gaps by
/// <see cref="GapRule"/>; neutral indicators count towards no direction.
/// </summary>
public static class ThemeSummariser
{
    public static IReadOnlyList<ThemeSummary> Summarise(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results) =>
        catalogue.Themes.Select(theme => Summarise(catalogue, theme, results)).ToList();

    /// <summary>The series an indicator is judged by: the total of its first non-reference group with figures.</summary>
    public static SeriesResult? Headline(IndicatorCatalogue catalogue, IndicatorResult result)
    {
        var reference = catalogue.ReferenceFor(result.Indicator);
        return result.Series.FirstOrDefault(s => s.Series.IsTotal && s.Series.GroupId != reference && s.Latest is not null)
            ?? result.Series.FirstOrDefault(s => s.Series.IsTotal && s.Latest is not null);
    }

    private static ThemeSummary Summarise(IndicatorCatalogue catalogue, Theme theme, IReadOnlyList<IndicatorResult> results)
    {
        var headlines = results
            .Where(r => r.Indicator.ThemeId == theme.Id && r.Indicator.Level == IndicatorLevel.Main && r.Indicator.Polarity != Polarity.Neutral)
            .Select(r => (Id: r.Indicator.Id, Series: Headline(catalogue, r), Gap: Headline(catalogue, r) is { } s ? GapRule.Judge(s, r.Indicator) : null))
            .ToList();

        List<string> With(Func<(string Id, SeriesResult? Series, GapTrend? Gap), bool> test) => headlines.Where(test).Select(h => h.Id).ToList();

        return new ThemeSummary(
            theme.Id,
            With(h => h.Series?.Direction == Direction.Improving),
            With(h => h.Series?.Direction == Direction.Stable),
            With(h => h.Series?.Direction == Direction.Worsening),
            With(h => h.Series?.Direction == Direction.NoClearTrend),
            With(h => h.Series?.Direction is null),
            With(h => h.Gap == GapTrend.Narrowed),
            With(h => h.Gap == GapTrend.Widened),
            With(h => h.Gap == GapTrend.AboutUnchanged));
    }
}

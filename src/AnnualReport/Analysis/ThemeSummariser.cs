using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Builds each theme's <see cref="ThemeSummary"/>. A gap counts as narrowed or widened when its
/// size changed over ten years by at least the indicator's stability threshold (any change when
/// the threshold is 0); neutral indicators count towards no direction.
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
            .Select(r => (Id: r.Indicator.Id, Threshold: r.Indicator.Analysis.StableBelow, Series: Headline(catalogue, r)))
            .ToList();

        List<string> With(Func<(string Id, double Threshold, SeriesResult? Series), bool> test) => headlines.Where(test).Select(h => h.Id).ToList();

        return new ThemeSummary(
            theme.Id,
            With(h => h.Series?.Direction == Direction.Improving),
            With(h => h.Series?.Direction == Direction.Stable),
            With(h => h.Series?.Direction == Direction.Worsening),
            With(h => h.Series?.Direction is null),
            With(h => h.Series?.GapChange10 is { } c && c < 0 && -c >= h.Threshold),
            With(h => h.Series?.GapChange10 is { } c && c > 0 && c >= h.Threshold),
            With(h => h.Series?.GapChange10 is { } c && (c == 0 || Math.Abs(c) < h.Threshold)));
    }
}

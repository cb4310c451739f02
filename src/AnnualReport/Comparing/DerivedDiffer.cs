using System.Net;

namespace AnnualReport.Comparing;

/// <summary>
/// What the program derives from the figures: the fields of each series in analysis.json
/// (changes, trend, direction, gap …), the theme summaries and standardised rates, the chart data
/// (data/*.csv) and the charts. Each is listed under the figure change that explains it.
/// </summary>
internal static class DerivedDiffer
{
    public static void Compare(BuildSnapshot old, BuildSnapshot @new, Func<string?, string?> themeOf, ChangeCauses causes, Action<BuildChange, BuildChange?> place)
    {
        foreach (var (key, after) in @new.Series)
        {
            if (!old.Series.TryGetValue(key, out var before))
            {
                continue;
            }

            foreach (var field in after.Derived.Keys.Union(before.Derived.Keys))
            {
                var a = before.Derived.GetValueOrDefault(field);
                var b = after.Derived.GetValueOrDefault(field);
                if (a != b)
                {
                    var change = new BuildChange(ChangeKind.DerivedChanged, new ChangePlace { Theme = themeOf(key.Indicator), Indicator = key.Indicator, Group = key.Group, Breakdown = key.Breakdown, Category = key.Category, Field = field }, Raw(a), Raw(b));
                    place(change, causes.ForSeries(key));
                }
            }
        }

        foreach (var name in @new.Summaries.Keys.Union(old.Summaries.Keys))
        {
            var a = old.Summaries.TryGetValue(name, out var x) ? x : default;
            var b = @new.Summaries.TryGetValue(name, out var y) ? y : default;
            if (a.Json != b.Json)
            {
                var indicator = b.Indicator ?? a.Indicator;
                var theme = b.Theme ?? a.Theme ?? themeOf(indicator);
                var change = new BuildChange(ChangeKind.DerivedChanged, new ChangePlace { Theme = theme, Indicator = indicator, Field = name }, Raw(a.Json), Raw(b.Json));
                place(change, indicator is not null ? causes.ForIndicator(indicator) : causes.ForTheme(theme));
            }
        }

        foreach (var file in @new.Downloads.Keys.Union(old.Downloads.Keys))
        {
            var a = old.Downloads.GetValueOrDefault(file) ?? [];
            var b = @new.Downloads.GetValueOrDefault(file) ?? [];
            var lines = TextDiffer.Align(a, b, line => line);
            if (lines.Count == 0)
            {
                continue;
            }

            var indicator = Path.GetFileNameWithoutExtension(file);
            var known = themeOf(indicator) is not null;
            var change = new BuildChange(ChangeKind.ChartDataChanged, new ChangePlace { Theme = themeOf(indicator), Indicator = known ? indicator : null, File = "data/" + file },
                Lines(lines.Select(l => l.Old)), Lines(lines.Select(l => l.New)));
            place(change, known ? causes.ForIndicator(indicator) : null);
        }

        foreach (var id in @new.Charts.Keys.Union(old.Charts.Keys))
        {
            var a = old.Charts.GetValueOrDefault(id);
            var b = @new.Charts.GetValueOrDefault(id);
            if (a?.Svg == b?.Svg)
            {
                continue;
            }

            var chart = (b ?? a)!;
            var theme = themeOf(chart.Indicator) ?? PageTheme(@new, old, chart.Page);
            var change = new BuildChange(ChangeKind.ChartChanged, new ChangePlace { Theme = theme, Indicator = chart.Indicator, Page = chart.Page, Chart = id }, Words(a), Words(b));

            // A chart draws figures: when some changed, it is theirs.
            place(change, causes.ForIndicator(chart.Indicator) ?? causes.ForTheme(theme) ?? causes.Any());
        }
    }

    /// <summary>The theme a page shows, if it is a theme's page in either build.</summary>
    internal static string? PageTheme(BuildSnapshot @new, BuildSnapshot old, string page)
    {
        var id = BuildOutputReader.ThemeId(page);
        return @new.Themes.Any(t => t.Id == id) || old.Themes.Any(t => t.Id == id) ? id : null;
    }

    private static RawJson? Raw(string? json) => json is null ? null : new RawJson(json);

    private static string? Lines(IEnumerable<string?> lines)
    {
        var present = lines.OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join('\n', present);
    }

    // A chart's words (title, description, labels) say what changed in it; the drawing itself is not text.
    private static string? Words(ChartSnapshot? chart) =>
        chart is null ? null : HtmlPageReader.Normalise(WebUtility.HtmlDecode(HtmlPageReader.AnyTag().Replace(chart.Svg.Replace("<", " <", StringComparison.Ordinal), string.Empty)));
}

using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Comparing;

/// <summary>
/// Reads one language of a build output (a folder <c>annual-report build</c> wrote) into a
/// <see cref="BuildSnapshot"/>. A folder is a build output when it carries the program's marker
/// file (<see cref="OutputGuard.MarkerFile"/>); one of its language folders is accepted too.
/// </summary>
public static partial class BuildOutputReader
{
    private const string AnalysisFile = "analysis.json";
    private const string PrintPage = "print.html";

    /// <summary>
    /// The language folder to compare: <paramref name="path"/> itself when it is a language folder
    /// of a build, else the folder of <paramref name="language"/>, else of the edition's main
    /// language (the root page's <c>lang</c>). Throws <see cref="InputException"/> (<c>not-a-build</c>,
    /// at <paramref name="argument"/>) when it is no build output.
    /// </summary>
    public static (string Folder, string Language) Locate(string path, string? language, string argument)
    {
        var full = Path.GetFullPath(path);
        InputException NotABuild(string key, params (string Name, object? Value)[] extra) =>
            new(Diagnostic.Error("not-a-build", Messages.Format(key, [("folder", full), ("marker", OutputGuard.MarkerFile), .. extra]), SourceSpan.ForFile(argument)));

        if (!Directory.Exists(full))
        {
            throw NotABuild(File.Exists(full) ? "compare.not-a-folder" : "compare.missing");
        }

        var parent = Path.GetDirectoryName(full);
        if (!OutputGuard.IsMarked(full) && parent is not null && OutputGuard.IsMarked(parent) && File.Exists(Path.Combine(full, AnalysisFile)))
        {
            var own = Path.GetFileName(full);
            if (language is null || language == own)
            {
                return (full, own);
            }

            full = parent;
        }

        if (!OutputGuard.IsMarked(full))
        {
            throw NotABuild("compare.not-a-build");
        }

        var languages = Directory.GetDirectories(full)
            .Where(d => File.Exists(Path.Combine(d, AnalysisFile)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (languages.Count == 0)
        {
            throw NotABuild("compare.no-languages");
        }

        var chosen = language ?? MainLanguage(full, languages);
        if (!languages.Contains(chosen))
        {
            throw NotABuild("compare.no-language", ("language", SafeText.Excerpt(chosen, 20)), ("languages", string.Join(", ", languages)));
        }

        return (Path.Combine(full, chosen), chosen);
    }

    /// <summary>The language of <paramref name="path"/> when it is one language folder of a build output, else null.</summary>
    public static string? LanguageFolder(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        return Directory.Exists(full) && !OutputGuard.IsMarked(full) && parent is not null && OutputGuard.IsMarked(parent) && File.Exists(Path.Combine(full, AnalysisFile))
            ? Path.GetFileName(full)
            : null;
    }

    /// <summary>Reads a language folder found by <see cref="Locate"/>; <paramref name="stampLabel"/> is the colophon's word for the build stamp, which is read apart from the text.</summary>
    public static BuildSnapshot Read(string folder, string language, string? stampLabel)
    {
        var (title, series, summaries) = ReadAnalysis(Path.Combine(folder, AnalysisFile));
        var pages = Directory.GetFiles(folder, "*.html")
            .Where(f => Path.GetFileName(f) != PrintPage)
            .Select(f => HtmlPageReader.Read(Path.GetFileName(f), File.ReadAllText(f), stampLabel))
            .ToList();

        // The navigation of the front page gives the order of the pages, and so of the themes.
        var navigation = pages.FirstOrDefault(p => p.Page == "index.html")?.Navigation ?? [];
        int Order(PageContent page)
        {
            var index = navigation.ToList().FindIndex(h => h.Split('#')[0] == page.Page);
            return index < 0 ? int.MaxValue : index;
        }

        pages = [.. pages.OrderBy(Order).ThenBy(p => p.Page, StringComparer.Ordinal)];
        var themePages = pages.Where(p => p.Indicators.Count > 0).ToList();
        var data = Path.Combine(folder, "data");
        return new BuildSnapshot
        {
            Folder = folder,
            Language = language,
            Title = title,
            Stamp = pages.Select(p => p.Stamp).FirstOrDefault(s => s is not null),
            Series = series,
            Summaries = summaries,
            Themes = [.. themePages.Select((p, i) => new ThemePlace(ThemeId(p.Page), i, p.Title ?? ThemeId(p.Page)))],
            Indicators = [.. themePages.SelectMany(p => p.Indicators.Select((indicator, i) => new IndicatorPlace(indicator.Id, ThemeId(p.Page), i, indicator.Title)))],
            Blocks = [.. pages.SelectMany(p => p.Blocks)],
            Downloads = Directory.Exists(data)
                ? Directory.GetFiles(data, "*.csv").Order(StringComparer.Ordinal).ToDictionary(f => Path.GetFileName(f), f => (IReadOnlyList<string>)File.ReadAllLines(f), StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlyList<string>>(),
            Charts = pages.SelectMany(p => p.Charts).GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
        };
    }

    /// <summary>The theme a page shows: its file name without <c>.html</c>.</summary>
    public static string ThemeId(string page) => Path.GetFileNameWithoutExtension(page);

    private static string MainLanguage(string root, IReadOnlyList<string> languages)
    {
        var index = Path.Combine(root, "index.html");
        if (File.Exists(index))
        {
            var lang = HtmlLang().Match(File.ReadAllText(index));
            if (lang.Success && languages.Contains(lang.Groups[1].Value))
            {
                return lang.Groups[1].Value;
            }
        }

        return languages[0];
    }

    private static (string? Title, Dictionary<SeriesKey, SeriesSnapshot> Series, Dictionary<string, (string? Indicator, string? Theme, string Json)> Summaries) ReadAnalysis(string file)
    {
        var series = new Dictionary<SeriesKey, SeriesSnapshot>();
        var summaries = new Dictionary<string, (string?, string?, string)>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return (null, series, summaries);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = document.RootElement;
        if (root.TryGetProperty("series", out var all) && all.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in all.EnumerateArray())
            {
                var key = new SeriesKey(Text(item, "indicator") ?? string.Empty, Text(item, "group") ?? string.Empty, Text(item, "breakdown"), Text(item, "category"));
                var points = new Dictionary<int, FigureCell>();
                var derived = new Dictionary<string, string>(StringComparer.Ordinal);

                // A series published by period writes each period as its code ("2024Q2") under frequency.
                var perYear = 1;
                foreach (var property in item.EnumerateObject())
                {
                    if (property.Name == "points" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var point in property.Value.EnumerateArray())
                        {
                            var when = point.GetProperty("year");
                            var period = when.ValueKind == JsonValueKind.String ? PeriodCode.Parse(when.GetString() ?? string.Empty) : null;
                            perYear = period?.PerYear ?? perYear;
                            var year = period is not null ? PeriodAxis.Ordinal(period, period.PerYear) : when.GetInt32();
                            points[year] = new FigureCell(
                                point.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null,
                                Text(point, "status"));
                            foreach (var extra in point.EnumerateObject().Where(p => p.Name is not ("year" or "value" or "status")))
                            {
                                derived[$"{extra.Name} {PeriodAxis.Code(year, perYear)}"] = extra.Value.GetRawText();
                            }
                        }
                    }
                    else if (property.Name is not ("indicator" or "group" or "breakdown" or "category"))
                    {
                        derived[property.Name] = property.Value.GetRawText();
                    }
                }

                series[key] = new SeriesSnapshot(key, points, derived) { PerYear = perYear };
            }
        }

        if (root.TryGetProperty("themes", out var themes) && themes.ValueKind == JsonValueKind.Array)
        {
            foreach (var theme in themes.EnumerateArray())
            {
                var id = Text(theme, "theme") ?? string.Empty;
                summaries[$"themes {id}"] = (null, id, theme.GetRawText());
            }
        }

        if (root.TryGetProperty("standardised", out var standardised) && standardised.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in standardised.EnumerateArray())
            {
                var indicator = Text(item, "indicator");
                summaries[$"standardised {indicator} {Text(item, "group")} {Text(item, "breakdown")}"] = (indicator, null, item.GetRawText());
            }
        }

        return (root.ValueKind == JsonValueKind.Object ? Text(root, "title") : null, series, summaries);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"<html[^>]*\slang=""([A-Za-z-]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlLang();
}

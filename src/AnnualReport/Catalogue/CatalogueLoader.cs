using System.Globalization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Reads <c>indicators.yaml</c> into a <see cref="IndicatorCatalogue"/>. Strict: unknown keys,
/// duplicate keys, wrong types, missing fields and unknown references are all reported, with
/// line and column, before anything is built.
/// </summary>
public static class CatalogueLoader
{
    private static readonly Dictionary<string, IndicatorLevel> Levels = new()
    {
        ["main"] = IndicatorLevel.Main,
        ["supplementary"] = IndicatorLevel.Supplementary,
        ["baseFigures"] = IndicatorLevel.BaseFigures,
    };

    private static readonly Dictionary<string, Unit> Units = new()
    {
        ["percent"] = Unit.Percent,
        ["percentagePoints"] = Unit.PercentagePoints,
        ["count"] = Unit.Count,
        ["nok"] = Unit.Nok,
        ["perThousand"] = Unit.PerThousand,
    };

    private static readonly Dictionary<string, Polarity> Polarities = new()
    {
        ["higherIsBetter"] = Polarity.HigherIsBetter,
        ["lowerIsBetter"] = Polarity.LowerIsBetter,
        ["neutral"] = Polarity.Neutral,
    };

    private static readonly Dictionary<string, Provenance> Provenances = new()
    {
        ["published"] = Provenance.Published,
        ["illustrative"] = Provenance.Illustrative,
    };

    /// <summary>Loads and checks the catalogue; throws <see cref="InputException"/> with every problem found.</summary>
    public static IndicatorCatalogue Load(string path)
    {
        var root = ReadRoot(path);
        var diagnostics = new List<Diagnostic>();
        var reader = new YamlMapReader(root, path, diagnostics);

        var groups = reader.MapList("groups", required: true).Select(ReadGroup).ToList();
        var themes = reader.MapList("themes", required: true).Select(ReadTheme).ToList();
        var groupIds = groups.Select(g => g.Id).ToList();
        var themeIds = themes.Select(t => t.Id).ToList();
        var edition = ReadEdition(reader.Map("edition", required: true), groupIds, diagnostics);
        var indicators = reader.MapList("indicators", required: true).Select(i => ReadIndicator(i, themeIds)).ToList();
        reader.ReportUnknownKeys();

        CheckUnique(groups.Select(g => (g.Id, g.Where)), "gruppe", diagnostics);
        CheckUnique(themes.Select(t => (t.Id, t.Where)), "temaområde", diagnostics);
        CheckUnique(indicators.Select(i => (i.Id, i.Where)), "indikator", diagnostics);

        if (diagnostics.Count > 0)
        {
            throw new InputException([.. diagnostics.OrderBy(d => d.Where.Line).ThenBy(d => d.Where.Column)]);
        }

        return new IndicatorCatalogue(edition!, groups, themes, indicators);
    }

    private static YamlMappingNode ReadRoot(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(Diagnostic.Error("file-not-found", $"kan ikke lese katalogen: {e.Message}", SourceSpan.ForFile(path)));
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var where = new SourceSpan(path, (int)e.Start.Line, (int)e.Start.Column);
            var code = e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ? "duplicate-key" : "yaml-syntax";
            var what = code == "duplicate-key" ? "samme nøkkel står to ganger i samme tabell" : "ugyldig YAML";
            throw new InputException(Diagnostic.Error(code, $"{what}: {Innermost(e).Message}", where));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed brackets; the last event it
            // read is the best position there is.
            var mark = parser.Current?.End ?? Mark.Empty;
            var where = new SourceSpan(path, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1));
            throw new InputException(Diagnostic.Error("yaml-syntax", "ugyldig YAML: en klamme eller et anførselstegn er ikke lukket", where));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException(Diagnostic.Error("wrong-type", "katalogen skal være en YAML-tabell med edition, groups, themes og indicators", new SourceSpan(path, 1, 1)));
        }

        return root;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private static Edition? ReadEdition(YamlMapReader? map, IReadOnlyCollection<string> groupIds, List<Diagnostic> diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        var title = map.RequiredString("title");
        var subtitle = map.OptionalString("subtitle") ?? string.Empty;
        var year = map.RequiredInt("year");
        var language = map.OptionalString("language") ?? "nb";
        var cultureName = map.OptionalString("culture") ?? "nb-NO";
        var publisher = map.RequiredString("publisher");
        var reference = map.RequiredReference("referenceGroup", groupIds, "unknown-group", "gruppe");
        var pdf = map.OptionalString("pdf") ?? $"publikasjon-{year}.pdf";
        map.ReportUnknownKeys();

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            diagnostics.Add(Diagnostic.Error("wrong-type", $"ukjent kultur «{cultureName}»; forventet for eksempel nb-NO eller en-GB", map.Where));
            culture = CultureInfo.GetCultureInfo("nb-NO");
        }

        return new Edition(title, subtitle, year, language, culture, publisher, reference, pdf);
    }

    private static Group ReadGroup(YamlMapReader map)
    {
        var group = new Group(map.RequiredString("id"), map.RequiredString("label"), map.Where);
        map.ReportUnknownKeys();
        return group;
    }

    private static Theme ReadTheme(YamlMapReader map)
    {
        var theme = new Theme(map.RequiredString("id"), map.RequiredString("title"), map.OptionalString("intro") ?? string.Empty, map.Where);
        map.ReportUnknownKeys();
        return theme;
    }

    private static Indicator ReadIndicator(YamlMapReader map, IReadOnlyCollection<string> themeIds)
    {
        var id = map.RequiredString("id");
        var theme = map.RequiredReference("theme", themeIds, "unknown-theme", "temaområde");
        var level = map.RequiredEnum("level", Levels, IndicatorLevel.Main);
        var title = map.RequiredString("title");
        var definition = map.RequiredString("definition");
        var unit = map.RequiredEnum("unit", Units, Unit.Percent);
        var decimals = map.OptionalInt("decimals") ?? 1;
        var polarity = map.RequiredEnum("polarity", Polarities, Polarity.Neutral);
        var source = ReadSource(map.Map("source", required: true));
        var data = map.RequiredString("data");
        var provenance = map.RequiredEnum("provenance", Provenances, Provenance.Illustrative);
        map.ReportUnknownKeys();
        return new Indicator(id, theme, level, title, definition, unit, decimals, polarity, source, data, provenance, map.Where);
    }

    private static SourceReference ReadSource(YamlMapReader? map)
    {
        if (map is null)
        {
            return new SourceReference(string.Empty, null, null);
        }

        var source = new SourceReference(map.RequiredString("name"), map.OptionalString("table"), map.OptionalString("url"));
        map.ReportUnknownKeys();
        return source;
    }

    private static void CheckUnique(IEnumerable<(string Id, SourceSpan Where)> items, string kind, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, where) in items)
        {
            if (id.Length > 0 && !seen.Add(id))
            {
                diagnostics.Add(Diagnostic.Error("duplicate-id", $"{kind} «{id}» er definert mer enn én gang", where));
            }
        }
    }
}

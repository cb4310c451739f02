using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Reads <c>indicators.yaml</c> into a <see cref="IndicatorCatalogue"/>. Strict: unknown keys,
/// duplicate keys, wrong types, missing fields and unknown references are all reported, with
/// line and column, before anything is built.
/// </summary>
public static class CatalogueLoader
{
    /// <summary>The years an edition, a break, a goal or a baseline may name: four digits, as folder names and tables assume.</summary>
    internal const int MinYear = 1000, MaxYear = 9999;

    // "tabellvedlegg" is the print document's table appendix (Rendering.TableLayout.AppendixId), an anchor like "metode".
    /// <summary>Pages the publication writes beside the theme pages (<c>&lt;id&gt;.html</c>), which a theme id would overwrite.</summary>
    private static readonly string[] ThemePages = ["index", "metode", "print", "tabellvedlegg"];

    /// <summary>Loads and checks the catalogue in <paramref name="language"/> (default: the main language); throws <see cref="InputException"/> with every problem found.</summary>
    public static IndicatorCatalogue Load(string path, string? language = null)
    {
        var diagnostics = new List<Diagnostic>();
        var catalogue = Load(path, diagnostics, language: language);
        if (diagnostics.Count > 0 || catalogue is null)
        {
            throw new InputException(diagnostics);
        }

        return catalogue;
    }

    /// <summary>
    /// Loads as much of the catalogue as can be read, adding every problem to
    /// <paramref name="diagnostics"/>, so that the data can still be checked in the same run.
    /// Null only when the file is not YAML at all. <paramref name="display"/> is how the file is
    /// named in messages (default: <paramref name="path"/>). Every translatable text is resolved to
    /// <paramref name="language"/> (default: the edition's main language); a missing translation
    /// is an error, or a warning in a <paramref name="draft"/>, where the main language's text is used.
    /// </summary>
    public static IndicatorCatalogue? Load(string path, List<Diagnostic> diagnostics, string? display = null, string? language = null, bool draft = false)
    {
        YamlMappingNode root;
        try
        {
            root = ReadRoot(path, display ?? path);
        }
        catch (InputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return null;
        }

        var found = new List<Diagnostic>();
        var reader = new YamlMapReader(root, display ?? path, found);
        var editionMap = reader.Map("edition", required: true);
        var languages = editionMap is null ? null : EditionLanguages.Read(editionMap, language, draft, found);
        reader.Languages = languages?.Texts ?? TextLanguages.Single(language ?? "nb");
        if (editionMap is not null)
        {
            editionMap.Languages = reader.Languages;
        }

        var groups = reader.MapList("groups", required: true).Select(ReadGroup).ToList();
        var breakdowns = reader.MapList("breakdowns", required: false).Select(ReadBreakdown).ToList();
        var themes = reader.MapList("themes", required: true).Select((t, i) => ReadTheme(t, i)).OrderBy(t => t.Order).Select(t => t.Theme).ToList();
        CheckSums(groups, found, display ?? path);
        var known = new KnownIds(new IdList(groups.Select(g => g.Id)), new IdList(themes.Select(t => t.Id)), new IdList(breakdowns.Select(b => b.Id)));
        var edition = ReadEdition(editionMap, languages, known.Groups, EditionFolders.FolderYear(path));
        var indicators = reader.MapList("indicators", required: true).Select(i => IndicatorReader.Read(i, known)).ToList();

        // An indicator about one population (groups: none) gets a group of its own, labelled as its population.
        groups.AddRange(indicators.Where(i => i.SinglePopulation).Select(i => new Group(i.Groups[0], i.Population ?? i.Title, i.Where) { IsPopulation = true }));
        var disclosure = ReadDisclosure(reader.Map("disclosure", required: false));
        var municipalities = ReadMunicipalities(reader.Map("municipalities", required: false), known);
        reader.ReportUnknownKeys();

        IdCollisions.Check(groups.Select(g => (g.Id, g.Where)), "group", fileNames: false, found);
        IdCollisions.Check(breakdowns.Select(b => (b.Id, b.Where)), "breakdown", fileNames: false, found);
        IdCollisions.Check(themes.Select(t => (t.Id, t.Where)), "theme", fileNames: true, found);
        IdCollisions.Check(indicators.Select(i => (i.Id, i.Where)), "indicator", fileNames: true, found);
        IdCollisions.Check((municipalities?.Indicators ?? []).Select(i => (i.Id, i.Where)), "municipal-indicator", fileNames: true, found);
        IdCollisions.CheckAnchors(themes, indicators, found);

        diagnostics.AddRange(found.OrderBy(d => d.Where.Line).ThenBy(d => d.Where.Column));
        return edition is null ? null : new IndicatorCatalogue(edition, groups, breakdowns, themes, indicators, disclosure) { Municipalities = municipalities };
    }

    private static YamlMappingNode ReadRoot(string file, string path)
    {
        var found = new List<Diagnostic>();
        if (!YamlDocumentReader.TryRead(file, path, found, out _, out var node))
        {
            throw new InputException(found);
        }

        if (node is not YamlMappingNode root)
        {
            throw new InputException(Diagnostic.Error("wrong-type", Messages.Format("catalogue.not-catalogue"), new SourceSpan(path, 1, 1)));
        }

        return root;
    }

    /// <summary>
    /// <c>cover: {logo: file, logoAlt: text, image: file, imageAlt: text}</c>: pictures for the cover,
    /// each with its text alternative in every language (required with the picture).
    /// </summary>
    private static (CoverImage? Logo, CoverImage? Picture) ReadCover(YamlMapReader edition)
    {
        if (edition.Map("cover", required: false) is not { } cover)
        {
            return (null, null);
        }

        CoverImage? Picture(string key)
        {
            if (cover.OptionalString(key) is not { } file)
            {
                return null;
            }

            var alt = cover.RequiredText(key + "Alt");
            return new CoverImage(file, alt, cover.WhereOf(key));
        }

        var pictures = (Picture("logo"), Picture("image"));
        cover.ReportUnknownKeys();
        return pictures;
    }

    private static Edition? ReadEdition(YamlMapReader? map, EditionLanguages? languages, IReadOnlyList<string> groupIds, int? folderYear)
    {
        if (map is null || languages is null)
        {
            return null;
        }

        var title = map.RequiredText("title");
        var subtitle = map.OptionalText("subtitle") ?? string.Empty;
        var year = map.RequiredInt("year", MinYear, MaxYear);
        if (folderYear is { } named && year != named && year is >= MinYear and <= MaxYear)
        {
            // A copied edition whose year was not bumped would publish under last year's name.
            map.Report("edition-year-mismatch", Messages.Format("edition.year-mismatch", ("folder", $"{BuildOptions.EditionsFolder}/{named}/"), ("year", year)), map.WhereOf("year"));
        }

        var publisher = map.RequiredText("publisher");
        var reference = map.RequiredReference("referenceGroup", groupIds, "unknown-group", "group");
        var pdf = map.OptionalText("pdf") ?? $"publikasjon-{year}.pdf";
        if (!SafeName.IsSafeFileName(pdf, ".pdf"))
        {
            map.Report("unsafe-name", Messages.Format("catalogue.bad-pdf-name", ("name", SafeText.Excerpt(pdf))), map.WhereOf("pdf"));
        }

        var isbn = StandardNumber(map, "isbn", "bad-isbn", StandardNumbers.IsIsbn13);
        var issn = StandardNumber(map, "issn", "bad-issn", StandardNumbers.IsIssn);
        var (logo, picture) = ReadCover(map);
        map.ReportUnknownKeys();
        var target = languages.Target;
        return new Edition(title, subtitle, year, target.Code, target.Culture, publisher, reference, pdf) { Languages = languages.All, Isbn = isbn, Issn = issn, Logo = logo, CoverPicture = picture };
    }

    /// <summary>An ISBN or ISSN as printed, or null when absent; a wrong check digit is a diagnostic at the value.</summary>
    private static string? StandardNumber(YamlMapReader map, string key, string code, Func<string, bool> valid)
    {
        var value = map.OptionalText(key)?.Trim();
        if (value is { Length: > 0 } && !valid(value))
        {
            map.Report(code, Messages.Format($"catalogue.{code}", ("value", SafeText.Excerpt(value))), map.WhereOf(key));
            return null;
        }

        return value is { Length: > 0 } ? value : null;
    }

    private static MunicipalSettings? ReadMunicipalities(YamlMapReader? map, KnownIds known)
    {
        if (map is null)
        {
            return null;
        }

        var title = map.RequiredText("title");
        var classification = map.RequiredString("classification");
        var changes = map.OptionalString("changes");
        var groups = map.OptionalString("comparisonGroups");
        var backgrounds = map.OptionalString("countryBackgrounds");
        var country = map.Map("country", required: false);
        var (countryCode, countryName) = country is null ? ("0", null) : (country.OptionalString("code") ?? "0", country.OptionalText("name"));
        country?.ReportUnknownKeys();
        var countyPrefix = map.OptionalString("countyPrefix") ?? "f";
        var indicators = map.MapList("indicators", required: true).Select(i => IndicatorReader.Read(i, known)).ToList();
        var ids = new IdList(indicators.Select(i => i.Id));
        var population = map.Node("population") is null ? null : map.RequiredReference("population", ids, "unknown-indicator", "municipal-indicator");
        var settled = map.Node("settled") is null ? null : map.RequiredReference("settled", ids, "unknown-indicator", "municipal-indicator");
        var comparison = ComparisonSettings.Default;
        if (map.Map("comparison", required: false) is { } c)
        {
            comparison = new ComparisonSettings(
                c.OptionalDouble("level", 0.0001, 0.5) ?? comparison.Level,
                c.Node("method") is null ? comparison.Method : c.RequiredEnum("method", ComparisonSettings.Methods, comparison.Method));
            c.ReportUnknownKeys();
        }

        map.ReportUnknownKeys();
        return new MunicipalSettings(title, classification, changes, groups, backgrounds, countryCode, countryName, countyPrefix, population, settled, indicators, map.Where) { Comparison = comparison };
    }

    private static DisclosureRules ReadDisclosure(YamlMapReader? map)
    {
        if (map is null)
        {
            return DisclosureRules.Default;
        }

        var rules = new DisclosureRules(
            map.OptionalInt("minCount", 0, 1_000_000) ?? DisclosureRules.Default.MinCount,
            map.OptionalDouble("maxIntervalWidth", 0, 100) ?? DisclosureRules.Default.MaxIntervalWidth,
            map.OptionalInt("protection", 0, 1_000_000) ?? DisclosureRules.Default.Protection);
        map.ReportUnknownKeys();
        return rules;
    }

    /// <summary>A group's <c>sumOf</c> names other, known groups, at least two.</summary>
    private static void CheckSums(IReadOnlyList<Group> groups, List<Diagnostic> found, string file)
    {
        var ids = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.SumOf.Count > 0))
        {
            if (group.SumOf.FirstOrDefault(id => !ids.Contains(id) || id == group.Id) is { } wrong)
            {
                found.Add(Diagnostic.Error("unknown-group", Messages.Format(wrong == group.Id ? "catalogue.sum-of-self" : "catalogue.sum-of-unknown", ("group", group.Id), ("part", SafeText.Excerpt(wrong)), ("known", string.Join(", ", ids.Order(StringComparer.Ordinal)))), group.Where));
            }
            else if (group.SumOf.Count < 2)
            {
                found.Add(Diagnostic.Error("wrong-type", Messages.Format("catalogue.sum-of-few", ("group", group.Id)), group.Where));
            }
        }
    }

    private static Group ReadGroup(YamlMapReader map)
    {
        var group = new Group(map.RequiredString("id"), map.RequiredText("label"), map.Where)
        {
            SumOf = map.StringList("sumOf").Select(s => s.Value).ToList(),
            InText = map.OptionalText("inText"),
        };
        map.ReportUnknownKeys();
        return group;
    }

    private static (Theme Theme, int Order) ReadTheme(YamlMapReader map, int position)
    {
        var theme = new Theme(
            map.RequiredId("id", "theme", letterFirst: true, reserved: ThemePages),
            map.RequiredText("title"),
            map.OptionalText("intro") ?? string.Empty,
            map.OptionalBool("background") ?? false,
            map.Where);
        var order = map.OptionalInt("order", -100_000, 100_000) ?? position + 1;
        map.ReportUnknownKeys();
        return (theme, order);
    }

    private static Breakdown ReadBreakdown(YamlMapReader map)
    {
        var id = map.RequiredId("id", "breakdown");
        var label = map.RequiredText("label");
        var categories = map.MapList("categories", required: true).Select(c =>
        {
            var category = new BreakdownCategory(c.RequiredString("id"), c.RequiredText("label"));
            c.ReportUnknownKeys();
            return category;
        }).ToList();
        map.ReportUnknownKeys();
        return new Breakdown(id, label, categories, map.Where);
    }
}

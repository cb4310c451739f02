using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Catalogue;

/// <summary>Reads one entry of <c>indicators:</c>, checking its references to themes, groups and breakdowns.</summary>
internal static class IndicatorReader
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

    public static Indicator Read(YamlMapReader map, KnownIds known)
    {
        var id = map.RequiredId("id", "indicator");
        var theme = map.RequiredReference("theme", known.Themes, "unknown-theme", "theme");
        var level = map.RequiredEnum("level", Levels, IndicatorLevel.Main);
        var title = map.RequiredText("title");
        var definition = map.RequiredText("definition");
        var unit = map.RequiredEnum("unit", Units, Unit.Percent);
        var decimals = map.OptionalInt("decimals", 0, 6) ?? 1;
        var polarity = map.RequiredEnum("polarity", Polarities, Polarity.Neutral);
        var population = map.OptionalText("population");
        var ageBand = map.OptionalText("ageBand");
        var source = ReadSource(map.Map("source", required: true));
        var singlePopulation = map.Node("groups") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: DataMappingReader.None } && map.OptionalString("groups") is not null;
        var groups = singlePopulation ? [PopulationGroup(id)] : References(map.StringList("groups"), known.Groups, "unknown-group", "group", map);
        var reference = map.OptionalString("reference");
        if (reference is not null && !known.Groups.Contains(reference))
        {
            map.Report("unknown-group", Messages.Format("catalogue.unknown-reference-group", ("value", SafeText.Excerpt(reference)), ("known", SafeText.List(known.Groups))), map.Node("reference")!);
        }

        var breakdowns = References(map.StringList("breakdowns"), known.Breakdowns, "unknown-breakdown", "breakdown", map);
        var data = ReadData(map, breakdowns);
        var notes = map.OptionalText("notes");
        var breaks = map.MapList("breaks", required: false).Select(ReadBreak).ToList();
        var goal = ReadGoal(map.Map("goal", required: false), known);
        var interval = map.OptionalInt("interval", 1, 100) ?? 1;
        var analysis = ReadAnalysis(map.Map("analysis", required: false), breakdowns, known);
        var axisFromZero = map.OptionalBool("axisFromZero") ?? unit is Unit.Percent or Unit.Count;
        var provenance = map.RequiredEnum("provenance", Provenances, Provenance.Illustrative);
        var (irregular, perYear) = map.OptionalEnum("frequency", Frequencies, (false, 1));
        if (perYear > 1 && data.Period is { } period)
        {
            map.Report("conflicting-choice", Messages.Format("mappings.frequency-and-period", ("frequency", PeriodAxis.Name(perYear))), period.Where);
        }

        if (perYear > 1 && interval > 1)
        {
            map.Report("conflicting-choice", Messages.Format("mappings.frequency-and-interval", ("frequency", PeriodAxis.Name(perYear))), map.WhereOf("interval"));
        }

        if (perYear > 1 && data.RegionDimension is not null)
        {
            map.Report("conflicting-choice", Messages.Format("mappings.frequency-and-municipal", ("frequency", PeriodAxis.Name(perYear))), map.WhereOf("frequency"));
        }

        if (perYear > 1 && analysis.Standard is not null)
        {
            map.Report("conflicting-choice", Messages.Format("mappings.frequency-and-standard", ("frequency", PeriodAxis.Name(perYear))), map.WhereOf("analysis"));
        }

        // A sub-annual indicator counts in periods: a break declared for a year starts with its first period.
        breaks = breaks.Select(b => b with { Year = PeriodAxis.Start(b.Year, perYear) }).OrderBy(b => b.Year).ToList();
        map.ReportUnknownKeys();

        return new Indicator(
            id, theme, level, title, definition, unit, decimals, polarity, population, ageBand, source, data,
            groups.Count > 0 ? groups : known.Groups, reference, breakdowns, notes, breaks, goal, interval, analysis, axisFromZero, provenance, map.Where)
        {
            SinglePopulation = singlePopulation, Irregular = irregular, PerYear = perYear,
        };
    }

    /// <summary><c>frequency</c>: whether surveys come in irregular years, and how many periods a year are published.</summary>
    private static readonly Dictionary<string, (bool Irregular, int PerYear)> Frequencies = new()
    {
        ["regular"] = (false, 1), ["yearly"] = (false, 1), ["irregular"] = (true, 1),
        ["quarterly"] = (false, 4), ["monthly"] = (false, 12), ["half-yearly"] = (false, 2),
    };

    /// <summary>The one group of an indicator about one population (<c>groups: none</c>), made from its id.</summary>
    public static string PopulationGroup(string indicatorId) => $"{indicatorId}-population";

    private static List<string> References(IReadOnlyList<(string Value, SourceSpan Where)> items, IReadOnlyList<string> known, string code, string what, YamlMapReader map)
    {
        foreach (var (value, where) in items.Where(i => !known.Contains(i.Value)))
        {
            map.Report(code, Messages.Format("catalogue.unknown-reference", ("what", Messages.Format($"catalogue.noun.{what}")), ("value", SafeText.Excerpt(value)), ("known", SafeText.List(known))), where);
        }

        return items.Select(i => i.Value).Where(known.Contains).ToList();
    }

    private static SourceReference ReadSource(YamlMapReader? map)
    {
        if (map is null)
        {
            return new SourceReference(string.Empty, null, null);
        }

        var source = new SourceReference(map.RequiredText("name"), map.OptionalString("table"), map.OptionalString("url"));

        // The link is published as an href only when it is a web address: anything else is shown
        // as text, and validation warns (unsafe-link, Validation/SourceAddressCheck).
        map.ReportUnknownKeys();
        return source;
    }

    /// <summary><c>data: file.csv</c>, or a mapping with the file and how its dimensions map.</summary>
    private static DataSource ReadData(YamlMapReader indicator, IReadOnlyList<string> breakdowns)
    {
        var (file, map) = indicator.ScalarOrMap("data", required: true);
        if (map is null)
        {
            return new DataSource(
                file ?? string.Empty, null, "group", breakdowns.ToDictionary(b => b, b => b), "alle",
                new Dictionary<string, string>(), new Dictionary<string, string>(), indicator.WhereOf("data"));
        }

        var path = map.RequiredString("file");
        var year = map.OptionalString("year");
        var group = map.OptionalString("group") ?? "group";
        var mapped = map.StringMap("breakdowns");
        foreach (var (_, breakdown, where) in mapped.Where(m => !breakdowns.Contains(m.Value)))
        {
            map.Report("unknown-breakdown", Messages.Format("catalogue.breakdown-not-indicators", ("breakdown", SafeText.Excerpt(breakdown)), ("breakdowns", SafeText.List(breakdowns))), where);
        }

        var region = map.OptionalString("region");
        var total = map.OptionalString("total") ?? "alle";
        var filter = map.StringMap("filter").ToDictionary(f => f.Key, f => f.Value);
        var (codes, dimensionCodes) = DataMappingReader.ReadCodes(map);
        var ignore = DataMappingReader.ReadIgnore(map);
        var period = DataMappingReader.ReadPeriod(map);
        var rounding = map.OptionalDouble("rounding", 0, 1_000_000) ?? 0;
        var (separator, decimalMark) = ReadDialect(map, path);
        var fetch = FetchReader.Read(map, path);
        var symbols = StatusVocabularyReader.Read(map);
        map.ReportUnknownKeys();

        // Breakdowns the mapping leaves out are looked for under their own id.
        var dimensions = mapped.ToDictionary(m => m.Key, m => m.Value);
        foreach (var breakdown in breakdowns.Where(b => !dimensions.ContainsValue(b)))
        {
            dimensions[breakdown] = breakdown;
        }

        return new DataSource(path, year, group, dimensions, total, filter, codes, map.Where)
        {
            RegionDimension = region, Rounding = rounding, Separator = separator, DecimalMark = decimalMark,
            DimensionCodes = dimensionCodes, Ignore = ignore, Period = period, NoTotal = total == DataMappingReader.None, Fetch = fetch, Symbols = symbols,
            DialectWhere = separator is null && decimalMark is null ? null : map.WhereOf(map.Node("separator") is null ? "decimal" : "separator"),
        };
    }

    /// <summary>
    /// <c>separator</c> and <c>decimal</c>: how a CSV file is written, when it should not be detected
    /// from its header line. A decimal comma alone implies semicolons; comma and decimal comma cannot
    /// go together.
    /// </summary>
    private static (char? Separator, char? DecimalMark) ReadDialect(YamlMapReader map, string file)
    {
        var separator = Choice(map, "separator", [",", ";"]);
        var decimalMark = Choice(map, "decimal", [".", ","]);
        if (separator is null && decimalMark is null)
        {
            return (null, null);
        }

        var key = separator is null ? "decimal" : "separator";
        if (!file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            map.Report("wrong-type", Messages.Format("catalogue.dialect-not-csv", ("key", key)), map.Node(key)!);
            return (null, null);
        }

        if (separator == ',' && decimalMark == ',')
        {
            map.Report("wrong-type", Messages.Format("catalogue.comma-twice"), map.Node("decimal")!);
            return (null, null);
        }

        var resolved = separator ?? (decimalMark == ',' ? ';' : ',');
        return (resolved, decimalMark ?? (resolved == ';' ? ',' : '.'));
    }

    private static char? Choice(YamlMapReader map, string key, string[] allowed)
    {
        var value = map.OptionalString(key);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value?[0];
        }

        map.Report("wrong-type", Messages.Format("catalogue.not-enum", ("key", key), ("value", SafeText.Excerpt(value)), ("expected", string.Join(", ", allowed.Select(a => $"\"{a}\"")))), map.Node(key)!);
        return null;
    }

    private static AnalysisSettings ReadAnalysis(YamlMapReader? map, IReadOnlyList<string> breakdowns, KnownIds known)
    {
        if (map is null)
        {
            return AnalysisSettings.Default;
        }

        var trendYears = map.OptionalInt("trendYears", 2, 100) ?? AnalysisSettings.Default.TrendYears;
        var baseline = map.OptionalInt("baseline", CatalogueLoader.MinYear, CatalogueLoader.MaxYear);
        var stableBelow = map.OptionalDouble("stableBelow", 0, 1_000_000) ?? AnalysisSettings.Default.StableBelow;
        // At least three: fewer leave no degrees of freedom for the trend's interval.
        var minPoints = map.OptionalInt("minPoints", 3, 100) ?? AnalysisSettings.DefaultMinPoints;
        StandardComposition? standard = null;
        if (map.Map("standardise", required: false) is { } s)
        {
            var breakdown = s.RequiredReference("breakdown", breakdowns, "unknown-breakdown", "indicator-breakdown");
            var group = s.RequiredReference("group", known.Groups, "unknown-group", "group");
            standard = new StandardComposition(breakdown, group, s.RequiredInt("year", CatalogueLoader.MinYear, CatalogueLoader.MaxYear));
            s.ReportUnknownKeys();
        }

        map.ReportUnknownKeys();
        return new AnalysisSettings(trendYears, baseline, stableBelow, standard, minPoints);
    }

    private static SeriesBreak ReadBreak(YamlMapReader map)
    {
        var seriesBreak = new SeriesBreak(map.RequiredInt("year", CatalogueLoader.MinYear, CatalogueLoader.MaxYear), map.RequiredText("note"));
        map.ReportUnknownKeys();
        return seriesBreak;
    }

    private static PolicyGoal? ReadGoal(YamlMapReader? map, KnownIds known)
    {
        if (map is null)
        {
            return null;
        }

        var value = map.OptionalDouble("value");
        if (value is null)
        {
            map.RequiredString("value");
        }

        var goal = new PolicyGoal(value ?? 0, map.OptionalInt("by", CatalogueLoader.MinYear, CatalogueLoader.MaxYear), map.RequiredText("setBy"), map.OptionalString("group"));
        if (goal.Group is not null && !known.Groups.Contains(goal.Group))
        {
            map.Report("unknown-group", Messages.Format("catalogue.goal-unknown-group", ("group", SafeText.Excerpt(goal.Group)), ("known", SafeText.List(known.Groups))), map.Node("group")!);
        }

        map.ReportUnknownKeys();
        return goal;
    }
}

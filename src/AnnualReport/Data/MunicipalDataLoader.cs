using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads the municipal indicators' files through the ordinary readers. A region code of an older
/// classification is moved to the current one by the changes file when it went whole (a new
/// number, or a merger); the figures of a code that was split are kept apart and its new
/// municipalities have no comparable figure (<c>.</c>) for those years, since any share would be a guess.
/// </summary>
public static class MunicipalDataLoader
{
    public static MunicipalData Load(IndicatorCatalogue catalogue, EditionFiles files, List<Diagnostic> diagnostics)
    {
        var settings = catalogue.Municipalities ?? throw new InvalidOperationException("the catalogue has no municipalities section");
        var geography = GeographyLoader.Load(settings, files, diagnostics);
        var indicators = new List<IndicatorData>();
        var compositions = new Dictionary<string, IReadOnlyDictionary<(string, int, string), (double, double)>>();
        var split = new Dictionary<string, IReadOnlyList<SplitRegionCell>>();
        var missingFolders = new MissingFolders();
        foreach (var indicator in settings.Indicators)
        {
            if (files.Resolve(indicator.Data.File, indicator.Data.Where, diagnostics) is { } path
                && !missingFolders.Missing(path, indicator.Id, indicator.Data.File, indicator.Data.Where)
                && CubeReaders.Read(new InputFile(path, files.Display(path)) { Dialect = CsvDialect.Declared(indicator.Data) }, diagnostics) is { } raw)
            {
                // The source's symbols and flags read through its vocabulary, as the national figures' are.
                var vocabulary = StatusVocabulary.ForFormat(raw.Format).With(indicator.Data.Symbols);
                vocabulary.ReportUnknown(raw, diagnostics);
                var cube = vocabulary.Apply(raw);
                if (geography.Municipalities.Count == 0)
                {
                    // The classification's own error says why; every region would be unknown.
                    continue;
                }

                var composition = new Dictionary<(string, int, string), (double, double)>();
                var old = new List<SplitRegionCell>();
                indicators.Add(SourceFlags.Attach(new IndicatorData(indicator, MunicipalSeriesMapper.Map(indicator, cube, catalogue, geography, composition, old, diagnostics)), cube));
                split[indicator.Id] = old;
                if (composition.Count > 0)
                {
                    compositions[indicator.Id] = composition;
                }
            }
        }

        missingFolders.Report(files, diagnostics);

        var counts = new List<CountryBackgroundCount>();
        var backgrounds = geography.Municipalities.Count > 0 && settings.CountryBackgrounds is { } file && files.Resolve(file, settings.Where, diagnostics) is { } backgroundPath ? Backgrounds(new InputFile(backgroundPath, files.Display(backgroundPath)), geography, counts, diagnostics) : [];
        return new MunicipalData(geography, indicators, backgrounds, compositions) { SplitCells = split, BackgroundCounts = counts };
    }

    private static Dictionary<string, IReadOnlyList<(string, double)>> Backgrounds(InputFile path, Geography geography, List<CountryBackgroundCount> counts, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, IReadOnlyList<(string, double)>>();
        if (CubeReaders.Read(path, diagnostics) is not { } cube)
        {
            return result;
        }

        int Dimension(string name) => cube.Dimensions.ToList().FindIndex(d => d.Id == name);
        var (region, country) = (Dimension("region"), Dimension("land"));
        if (region < 0 || country < 0)
        {
            diagnostics.Add(Diagnostic.Error("unknown-dimension", Messages.Format("country-background.dimensions"), cube.Where));
            return result;
        }

        var errors = new OncePerKey(diagnostics);
        var seen = new Dictionary<(string, string), SourceSpan>();
        var (year, group) = (Dimension(cube.TimeDimension ?? "year"), Dimension("group"));
        foreach (var cell in cube.Cells.OfType<CubeCell>())
        {
            var (code, land) = (cell.Codes[region], cell.Codes[country]);
            if (year >= 0 && PeriodCode.Parse(cell.Codes[year]) is not { IsAnnual: true })
            {
                // The fact sheet names the year of the counts: a quarter or month would be taken for it, as the indicators' loaders refuse.
                var period = cell.Codes[year];
                var (kind, key) = PeriodCode.Parse(period) is null ? ("bad-year", "country-background.bad-year") : ("sub-annual-period", "country-background.sub-annual");
                errors.Add(kind, Messages.Format(key, ("code", SafeText.Excerpt(period)), ("dimension", cube.Dimensions[year].Id)), cube.WhereOf(cell, year), period);
            }
            else if (geography.Find(code) is null)
            {
                errors.Add("unknown-region", Messages.Format("country-background.unknown-region", ("code", code)), cell.Where, code);
            }
            else if (!seen.TryAdd((code, land), cell.Where))
            {
                // Another year or group in the file: the fact sheet would list the country twice.
                errors.Add("duplicate-observation", Messages.Format("country-background.duplicate", ("code", code), ("country", land), ("first", seen[(code, land)])), cell.Where, $"{code}/{land}");
            }
            else if (cell.Value < 0)
            {
                errors.Add("impossible-value", Messages.Format("country-background.negative", ("count", cell.Value.Value.ToString(CultureInfo.InvariantCulture)), ("code", code), ("country", land)), cell.Where);
            }
        }

        if (errors.Count > 0)
        {
            return result;
        }

        counts.AddRange(cube.Cells.OfType<CubeCell>().Where(c => c.Value.HasValue).Select(c => new CountryBackgroundCount(
            c.Codes[region], year < 0 ? null : PeriodCode.Parse(c.Codes[year])?.Year, group < 0 ? null : c.Codes[group], c.Codes[country], c.Value!.Value, c.Where)));
        foreach (var byRegion in cube.Cells.OfType<CubeCell>().Where(c => c.Value.HasValue).GroupBy(c => c.Codes[region]))
        {
            result[byRegion.Key] = byRegion.Select(c => (c.Codes[country], c.Value!.Value)).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).ToList();
        }

        return result;
    }
}

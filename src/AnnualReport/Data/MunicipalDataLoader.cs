using System.Globalization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads the municipal indicators' files through the ordinary readers. A region code of an older
/// classification is moved to the current one by the changes file (counts split by the share;
/// a share of a rate keeps the rate), so merged or split municipalities need no code.
/// </summary>
public static class MunicipalDataLoader
{
    public static MunicipalData Load(IndicatorCatalogue catalogue, EditionFiles files, List<Diagnostic> diagnostics)
    {
        var settings = catalogue.Municipalities ?? throw new InvalidOperationException("the catalogue has no municipalities section");
        var geography = Geography.Load(settings, files, diagnostics);
        var indicators = new List<IndicatorData>();
        var compositions = new Dictionary<string, IReadOnlyDictionary<(string, int, string), (double, double)>>();
        foreach (var indicator in settings.Indicators)
        {
            if (files.Resolve(indicator.Data.File, indicator.Data.Where, diagnostics) is { } path && CubeReaders.Read(new InputFile(path, files.Display(path)), diagnostics) is { } cube)
            {
                var composition = new Dictionary<(string, int, string), (double, double)>();
                indicators.Add(new IndicatorData(indicator, Map(indicator, cube, geography, composition, diagnostics)));
                if (composition.Count > 0)
                {
                    compositions[indicator.Id] = composition;
                }
            }
        }

        var backgrounds = settings.CountryBackgrounds is { } file && files.Resolve(file, settings.Where, diagnostics) is { } backgroundPath ? Backgrounds(new InputFile(backgroundPath, files.Display(backgroundPath)), geography, diagnostics) : [];
        return new MunicipalData(geography, indicators, backgrounds, compositions);
    }

    /// <summary>
    /// The totals become series; when the indicator has a standard, the cells of the standard's
    /// breakdown (such as botid) go to <paramref name="composition"/> as counts, for adjusting.
    /// </summary>
    private static List<Series> Map(Indicator indicator, DataCube cube, Geography geography, Dictionary<(string, int, string), (double, double)> composition, List<Diagnostic> diagnostics)
    {
        var errors = new OncePerKey(diagnostics);
        int Dimension(string name) => cube.Dimensions.ToList().FindIndex(d => string.Equals(d.Id, name, StringComparison.OrdinalIgnoreCase));
        var (year, region, group) = (Dimension(indicator.Data.YearDimension ?? cube.TimeDimension ?? "year"), Dimension(indicator.Data.RegionDimension ?? "region"), Dimension(indicator.Data.GroupDimension));
        if (year < 0 || region < 0)
        {
            errors.Add("unknown-dimension", $"datafilen for «{indicator.Id}» trenger dimensjonene for år og region; den har {string.Join(", ", cube.Dimensions.Select(d => d.Id))}", indicator.Data.Where);
            return [];
        }

        var standard = indicator.Analysis.Standard is { } st ? Dimension(indicator.Data.Breakdowns.FirstOrDefault(b => b.Value == st.Breakdown).Key ?? st.Breakdown) : -1;
        var used = new[] { year, region, group, standard };
        foreach (var extra in cube.Dimensions.Where((d, i) => !used.Contains(i) && d.Size > 1))
        {
            errors.Add("unmapped-dimension", $"dimensjonen «{extra.Id}» i kommunetallene for «{indicator.Id}» er ikke år, region, gruppe eller en standard (analysis.standardise)", indicator.Data.Where);
        }

        // Figures per (group, region, year), after moving old codes to the current classification.
        var cells = new Dictionary<(string Group, string Region, int Year), (double? N, double? D, double? Value, string? Status, Provenance? Provenance, SourceSpan Where)>();
        foreach (var cell in cube.Cells.OfType<CubeCell>())
        {
            if (SeriesMapper.ParseYear(cell.Codes[year]) is not { } y)
            {
                errors.Add("bad-year", $"«{cell.Codes[year]}» er ikke et år", cell.Where, cell.Codes[year]);
                continue;
            }

            var g = group >= 0 ? indicator.Data.Id(cell.Codes[group]) : indicator.Groups[0];
            var code = cell.Codes[region];
            var targets = geography.Changes.TryGetValue(code, out var moved) ? moved : [(code, 1.0)];
            if (standard >= 0 && cell.Codes[standard] != indicator.Data.Total)
            {
                foreach (var (to, share) in targets.Where(_ => cell.Numerator is not null && cell.Denominator is not null))
                {
                    var key = (to, y, indicator.Data.Id(cell.Codes[standard]));
                    var (n, d) = composition.GetValueOrDefault(key);
                    composition[key] = (n + cell.Numerator!.Value * share, d + cell.Denominator!.Value * share);
                }

                continue;
            }

            foreach (var (to, share) in targets)
            {
                var scaled = (N: cell.Numerator * share, D: cell.Denominator * share, Value: indicator.Unit == Unit.Count ? cell.Value * share : cell.Value);
                var key = (g, to, y);
                cells[key] = cells.TryGetValue(key, out var sum)
                    ? (sum.N + scaled.N, sum.D + scaled.D, indicator.Unit == Unit.Count ? sum.Value + scaled.Value : sum.Value ?? scaled.Value, sum.Status ?? cell.Status, sum.Provenance ?? cell.Provenance, sum.Where)
                    : (scaled.N, scaled.D, scaled.Value, cell.Status, cell.Provenance, cell.Where);
            }
        }

        var scale = indicator.Unit switch { Unit.Percent => 100.0, Unit.PerThousand => 1000.0, _ => 1.0 };
        var series = new Dictionary<(string Group, string? Breakdown, string? Category), List<Observation>>();
        foreach (var ((g, code, y), c) in cells.OrderBy(c => c.Key.Year))
        {
            (string? Breakdown, string? Category)? place =
                code == geography.CountryCode ? (null, null)
                : code.StartsWith(geography.CountyPrefix, StringComparison.Ordinal) && geography.Counties.Any(k => geography.CountyPrefix + k.Code == code) ? (MunicipalData.Counties, code[geography.CountyPrefix.Length..])
                : geography.Find(code) is { } m ? (MunicipalData.CountyBreakdown(m.CountyCode), m.Code)
                : null;
            if (place is not { } p)
            {
                errors.Add("unknown-region", $"regionkoden «{code}» finnes verken i kommuneinndelingen, blant fylkene ({geography.CountyPrefix}NN) eller som landet ({geography.CountryCode}); mangler den i endringsfilen?", c.Where, code);
                continue;
            }

            var value = c.Value ?? (c.Status is null && c.N is { } n && c.D is { } d && d > 0 ? n / d * scale : null);
            var status = c.Status ?? (value is null && c.D == 0 ? StatusSymbols.NotApplicable : null);
            var observation = new Observation(y, g, value, status, c.Provenance ?? indicator.Provenance, c.Where, Round(c.N), Round(c.D));
            if (!series.TryGetValue((g, p.Breakdown, p.Category), out var list))
            {
                series[(g, p.Breakdown, p.Category)] = list = [];
            }

            list.Add(observation);
        }

        return series.OrderBy(s => s.Key.Group, StringComparer.Ordinal).ThenBy(s => s.Key.Breakdown ?? string.Empty, StringComparer.Ordinal).ThenBy(s => s.Key.Category ?? string.Empty, StringComparer.Ordinal)
            .Select(s => new Series(indicator.Id, s.Key.Group, s.Key.Breakdown, s.Key.Category, s.Value))
            .ToList();
    }

    // Shares of a split can leave fractions of a person; counts are whole people.
    private static double? Round(double? count) => count is { } c ? Math.Round(c) : null;

    private static Dictionary<string, IReadOnlyList<(string, double)>> Backgrounds(InputFile path, Geography geography, List<Diagnostic> diagnostics)
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
            diagnostics.Add(Diagnostic.Error("unknown-dimension", "landbakgrunnsfilen trenger dimensjonene region og land", cube.Where));
            return result;
        }

        foreach (var byRegion in cube.Cells.OfType<CubeCell>().Where(c => c.Value.HasValue).GroupBy(c => c.Codes[region]))
        {
            result[byRegion.Key] = byRegion.Select(c => (c.Codes[country], c.Value!.Value)).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).ToList();
        }

        return result;
    }
}

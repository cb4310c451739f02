using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Turns a municipal indicator's cube into series: the country as the total, the counties as the
/// breakdown <see cref="MunicipalData.Counties"/>, each county's municipalities as its own
/// breakdown. Region codes of an older classification move to the current one by the changes
/// file when they went whole; a split code's figures go to <c>split</c> instead, and its new
/// municipalities get <c>.</c> (not comparable) for those years. Every code is checked as the national mapping checks it (year, group, category), and
/// each region and figure once, so nothing the fact sheets would trip over gets through.
/// </summary>
internal static class MunicipalSeriesMapper
{
    /// <summary>
    /// The totals become series; when the indicator has a standard, the cells of the standard's
    /// breakdown (such as botid) go to <paramref name="composition"/> as counts, for adjusting.
    /// </summary>
    public static List<Series> Map(Indicator indicator, DataCube cube, IndicatorCatalogue catalogue, Geography geography, Dictionary<(string, int, string), (double, double)> composition, List<SplitRegionCell> split, List<Diagnostic> diagnostics)
    {
        var errors = new OncePerKey(diagnostics);
        if (MunicipalDimensions.Resolve(indicator, cube, catalogue, errors) is not { } dimensions)
        {
            return [];
        }

        var (year, region, group, standard, standardBreakdown) = dimensions;

        // Figures per (group, region, year), after moving old codes to the current classification;
        // the codes each came from, so a figure given twice is found however it was coded.
        var cells = new Dictionary<(string Group, string Region, int Year), (double? N, double? D, double? Value, string? Status, Provenance? Provenance, SourceSpan Where)>();
        var sources = new Dictionary<(string Group, string Region, int Year, string? Category), List<(string Code, SourceSpan Where)>>();
        var notComparable = new HashSet<(string Group, string Region, int Year)>();
        foreach (var cell in cube.Cells.OfType<CubeCell>())
        {
            if (PeriodCode.Parse(cell.Codes[year]) is not { } period)
            {
                errors.Add("bad-year", Messages.Format("municipal-data.bad-year", ("code", cell.Codes[year])), cube.WhereOf(cell, year), cell.Codes[year]);
                continue;
            }

            if (!MunicipalPeriod(indicator, period, cube.Dimensions[year].Id, cube.WhereOf(cell, year), errors))
            {
                continue;
            }

            var y = period.Year;
            var g = group >= 0 ? indicator.Data.Id(cube.Dimensions[group].Id, cell.Codes[group]) : indicator.Groups[0];
            if (catalogue.FindGroup(g) is null)
            {
                errors.Add("unknown-group", Messages.Format("municipal-data.unknown-group", ("group", g), ("indicator", indicator.Id), ("known", string.Join(", ", catalogue.Groups.Select(x => x.Id)))), cube.WhereOf(cell, group), g);
                continue;
            }

            var category = standard >= 0 ? Category(cube.Dimensions[standard].Id, cell.Codes[standard], indicator, standardBreakdown!, errors, cube.WhereOf(cell, standard)) : null;
            if (!indicator.Groups.Contains(g) || category is { Known: false })
            {
                continue;
            }

            var code = cell.Codes[region];
            var targets = geography.Changes.TryGetValue(code, out var moved) ? moved : [(code, 1.0)];
            if (targets.FirstOrDefault(t => Place(t.To, geography) is null) is { To: { } unknown })
            {
                errors.Add("unknown-region", Messages.Format("municipal-data.unknown-region", ("code", unknown), ("county", $"{geography.CountyPrefix}NN"), ("country", geography.CountryCode)), cube.WhereOf(cell, region), unknown);
                continue;
            }

            if (Duplicate(sources, (g, y, category?.Id), code, targets, cell.Where, errors))
            {
                continue;
            }

            if (targets.Count == 0)
            {
                // Shares that are no numbers: the changes file's own error says so.
                continue;
            }

            if (targets.Count > 1 || targets[0].Share < 1)
            {
                // A split: sharing the old code's counts out would invent figures for the new
                // municipalities (the same rate for all, fractions of people) and give hidden ones away.
                if (category is null)
                {
                    var county = geography.Find(targets.MaxBy(t => t.Share).To)?.CountyCode ?? string.Empty;
                    var rate = cell.Value ?? (cell.Status is null && cell.Numerator is { } sn && cell.Denominator is { } sd && sd > 0 ? sn / sd * Scale(indicator) : null);
                    split.Add(new SplitRegionCell(g, y, code, county, new Observation(y, g, rate, cell.Status, cell.Provenance ?? indicator.Provenance, cell.Where, cell.Numerator, cell.Denominator)));
                    notComparable.UnionWith(targets.Select(t => (g, t.To, y)));
                }

                continue;
            }

            // From here the old code went whole to one new code (a new number, or part of a merger).
            var to = targets[0].To;
            if (category is { Id: { } categoryId })
            {
                if (cell.Numerator is { } cn && cell.Denominator is { } cd)
                {
                    var (n, d) = composition.GetValueOrDefault((to, y, categoryId));
                    composition[(to, y, categoryId)] = (n + cn, d + cd);
                }

                continue;
            }

            var key = (g, to, y);
            if (!cells.TryGetValue(key, out var sum))
            {
                cells[key] = (cell.Numerator, cell.Denominator, cell.Value, cell.Status, cell.Provenance, cell.Where);
                continue;
            }

            // Old codes merged into one: counts add up; a rate is recomputed from the summed
            // numerators and denominators, and without them it cannot be combined at all.
            var (sumN, sumD) = (sum.N + cell.Numerator, sum.D + cell.Denominator);
            if (indicator.Unit != Unit.Count && (sum.Value ?? cell.Value) is not null && (sumN is null || sumD is null))
            {
                errors.Add("missing-value", Messages.Format("municipal-data.merge-needs-counts", ("code", code), ("to", to), ("indicator", indicator.Id)), cell.Where, $"merge/{to}");
                continue;
            }

            cells[key] = (sumN, sumD, indicator.Unit == Unit.Count ? sum.Value + cell.Value : null, sum.Status ?? cell.Status, sum.Provenance ?? cell.Provenance, sum.Where);
        }

        foreach (var key in notComparable)
        {
            var where = cells.TryGetValue(key, out var existing) ? existing.Where : indicator.Data.Where;
            cells[key] = (null, null, null, StatusSymbols.NotApplicable, indicator.Provenance, where);
        }

        return Series(indicator, geography, cells);
    }

    /// <summary>
    /// Whether a cell of this period counts: a year always; a quarter or month only as the
    /// catalogue's <c>period: {pick: …}</c> picks it. Fact sheets take no averages or sums of
    /// periods (their counts drive disclosure control), so any other choice is reported.
    /// </summary>
    private static bool MunicipalPeriod(Indicator indicator, PeriodCode period, string dimension, SourceSpan where, OncePerKey errors)
    {
        if (period.IsAnnual)
        {
            return true;
        }

        if (indicator.Data.Period is { Mode: PeriodMode.Pick } pick && pick.PerYear == period.PerYear)
        {
            return period.Index == pick.Pick;
        }

        errors.Add("sub-annual-period", Messages.Format("mappings.municipal-period", ("dimension", dimension), ("indicator", indicator.Id)), indicator.Data.Period?.Where ?? where, "municipal");
        return false;
    }

    private static double Scale(Indicator indicator) => indicator.Unit switch { Unit.Percent => 100.0, Unit.PerThousand => 1000.0, _ => 1.0 };

    /// <summary>The breakdown category of a standard's cell: null Id for the total, Known false after reporting an unknown one.</summary>
    private static (string? Id, bool Known)? Category(string dimension, string code, Indicator indicator, Breakdown breakdown, OncePerKey errors, SourceSpan where)
    {
        var id = indicator.Data.Id(dimension, code);
        if (code == indicator.Data.Total || id == indicator.Data.Total)
        {
            return null;
        }

        if (breakdown.FindCategory(id) is null)
        {
            errors.Add("unknown-category", Messages.Format("mapping.unknown-category", ("category", id), ("breakdown", breakdown.Id), ("known", string.Join(", ", breakdown.Categories.Select(c => c.Id))), ("total", indicator.Data.Total)), where, $"{breakdown.Id}/{id}");
            return (id, false);
        }

        return (id, true);
    }

    /// <summary>
    /// A figure for a place, group and year that the file already gave: the same code twice (say
    /// 2023 and 2023K4), or a new code beside an old code that moves to it. Old codes merged into
    /// one new code add up and are no duplicate.
    /// </summary>
    private static bool Duplicate(Dictionary<(string, string, int, string?), List<(string Code, SourceSpan Where)>> sources, (string Group, int Year, string? Category) figure, string code, IReadOnlyList<(string To, double Share)> targets, SourceSpan where, OncePerKey errors)
    {
        foreach (var (to, _) in targets)
        {
            var key = (figure.Group, to, figure.Year, figure.Category);
            if (sources.TryGetValue(key, out var earlier) && earlier.FirstOrDefault(e => e.Code == code || e.Code == to || code == to) is { Code: not null } first)
            {
                var what = figure.Category is null ? $"{figure.Group}" : $"{figure.Group}, {figure.Category}";
                errors.Add("duplicate-observation", Messages.Format("municipal-data.duplicate-observation", ("region", to), ("what", what), ("year", figure.Year), ("first", first.Code), ("where", first.Where), ("code", code)), where, $"{key}");
                return true;
            }
        }

        foreach (var (to, _) in targets)
        {
            var key = (figure.Group, to, figure.Year, figure.Category);
            if (!sources.TryGetValue(key, out var list))
            {
                sources[key] = list = [];
            }

            list.Add((code, where));
        }

        return false;
    }

    private static (string? Breakdown, string? Category)? Place(string code, Geography geography) =>
        code == geography.CountryCode ? (null, null)
        : code.StartsWith(geography.CountyPrefix, StringComparison.Ordinal) && geography.Counties.Any(k => geography.CountyPrefix + k.Code == code) ? (MunicipalData.Counties, code[geography.CountyPrefix.Length..])
        : geography.Find(code) is { } m ? (MunicipalData.CountyBreakdown(m.CountyCode), m.Code)
        : null;

    private static List<Series> Series(Indicator indicator, Geography geography, Dictionary<(string Group, string Region, int Year), (double? N, double? D, double? Value, string? Status, Provenance? Provenance, SourceSpan Where)> cells)
    {
        var scale = Scale(indicator);
        var series = new Dictionary<(string Group, string? Breakdown, string? Category), List<Observation>>();
        foreach (var ((g, code, y), c) in cells.OrderBy(c => c.Key.Year))
        {
            var p = Place(code, geography)!.Value;
            var value = c.Value ?? (c.Status is null && c.N is { } n && c.D is { } d && d > 0 ? n / d * scale : null);
            var status = c.Status ?? (value is null && c.D == 0 ? StatusSymbols.NotApplicable : null);
            var observation = new Observation(y, g, value, status, c.Provenance ?? indicator.Provenance, c.Where, c.N, c.D);
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
}

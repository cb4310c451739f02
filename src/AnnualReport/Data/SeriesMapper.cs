using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Turns a cube into an indicator's series, following the catalogue's mapping: one dimension gives
/// the year, one the comparison group, each breakdown dimension a breakdown whose "total" code
/// means not broken down, and every other dimension must be fixed by a filter. A cell broken down
/// by more than one breakdown at once is a cross-table and is not a series of its own.
/// </summary>
internal static class SeriesMapper
{
    public static IReadOnlyList<Series> Map(Indicator indicator, DataCube cube, IndicatorCatalogue catalogue, List<Diagnostic> diagnostics) =>
        Map(indicator, cube, catalogue, diagnostics, []);

    /// <summary>Maps the cube and adds to <paramref name="ignored"/> every code the catalogue's <c>ignore</c> leaves out.</summary>
    public static IReadOnlyList<Series> Map(Indicator indicator, DataCube cube, IndicatorCatalogue catalogue, List<Diagnostic> diagnostics, List<IgnoredCode> ignored)
    {
        var source = indicator.Data;
        var errors = new OncePerKey(diagnostics);
        var yearName = source.YearDimension ?? cube.TimeDimension ?? "year";
        var expected = new List<string> { yearName };
        if (cube.FindDimension(source.GroupDimension) is not null || indicator.Groups.Count != 1)
        {
            expected.Add(source.GroupDimension);
        }

        expected.AddRange([.. source.Breakdowns.Keys, .. source.Filter.Keys]);
        var columns = ColumnCheck.For(cube, source, expected);
        var year = Position(cube, yearName, source, errors, Messages.Format("mapping.role.year"), columns);
        var group = cube.FindDimension(source.GroupDimension) is { } g ? cube.Dimensions.ToList().IndexOf(g) : -1;
        if (group < 0 && indicator.Groups.Count != 1)
        {
            if (columns is null)
            {
                errors.Add("unknown-dimension", Messages.Format("mapping.no-group-dimension", ("dimension", source.GroupDimension)), source.Where);
            }
            else
            {
                columns.Missing(source.GroupDimension, Messages.Format("mapping.role.group"), errors);
            }
        }

        var breakdowns = source.Breakdowns.Select(b => (Position: Position(cube, b.Key, source, errors, Messages.Format("mapping.role.breakdown", ("breakdown", b.Value)), columns), Breakdown: catalogue.FindBreakdown(b.Value))).ToList();
        var filters = source.Filter.Select(f => (Position: Position(cube, f.Key, source, errors, Messages.Format("mapping.role.filter"), columns), Code: f.Value)).ToList();
        foreach (var (position, code) in filters.Where(f => f.Position >= 0 && cube.Dimensions[f.Position].IndexOf(f.Code) < 0))
        {
            errors.Add("unknown-category", Messages.Format("mapping.unknown-filter", ("dimension", cube.Dimensions[position].Id), ("code", code), ("codes", Codes(cube.Dimensions[position]))), source.Where);
        }

        var used = new HashSet<int>([year, group, .. breakdowns.Select(b => b.Position), .. filters.Select(f => f.Position)]);
        foreach (var dimension in cube.Dimensions.Where((d, i) => !used.Contains(i) && d.Size > 1))
        {
            if (columns is null)
            {
                errors.Add("unmapped-dimension", Messages.Format("mapping.unmapped-dimension", ("dimension", dimension.Id), ("size", dimension.Size)), source.Where);
            }
            else
            {
                columns.Unexpected(dimension, errors);
            }
        }

        var selection = new CodeSelection(indicator, cube, group, breakdowns.Where(b => b.Position >= 0).ToList(), errors);
        selection.CheckDeclarations();
        if (errors.Count > 0 || year < 0)
        {
            return [];
        }

        var series = new Dictionary<(string Group, string? Breakdown, string? Category), List<Observation>>();
        var periods = new PeriodCollector(indicator, errors, diagnostics);
        foreach (var cell in cube.Cells.OfType<CubeCell>())
        {
            if (filters.Any(f => cell.Codes[f.Position] != f.Code))
            {
                continue;
            }

            var yearCode = cell.Codes[year];
            if (PeriodCode.Parse(yearCode) is not { } period)
            {
                errors.Add("bad-year", Messages.Format("mapping.bad-year", ("code", SafeText.Excerpt(yearCode)), ("dimension", cube.Dimensions[year].Id)), cube.WhereOf(cell, year), yearCode);
                continue;
            }

            if (!periods.Accept(period, cube.Dimensions[year].Id, cube.WhereOf(cell, year)))
            {
                continue;
            }

            if (selection.Group(cell, catalogue) is not { } groupId || selection.Key(cell) is not { } key)
            {
                continue;
            }

            var y = PeriodAxis.Ordinal(period, indicator.PerYear);
            var value = cell.Value ?? (cell.Status is null ? Proportion(indicator.Unit, cell.Numerator, cell.Denominator) : null);

            // A share of nobody cannot exist: SSB's "." (not applicable), not a zero.
            var status = cell.Status ?? (value is null && cell.Denominator == 0 ? StatusSymbols.NotApplicable : null);
            var observation = new Observation(y, groupId, value, status, cell.Provenance ?? indicator.Provenance, cell.Where, cell.Numerator, cell.Denominator) { Flags = cell.Marks };
            if (periods.Collect((groupId, key.Breakdown, key.Category), period, observation))
            {
                continue;
            }

            if (!series.TryGetValue((groupId, key.Breakdown, key.Category), out var observations))
            {
                series[(groupId, key.Breakdown, key.Category)] = observations = [];
            }

            if (observations.FirstOrDefault(o => o.Year == y) is { } first)
            {
                errors.Add("duplicate-observation", Messages.Format("mapping.duplicate-observation", ("group", groupId), ("breakdown", key.Breakdown), ("category", key.Category), ("year", PeriodAxis.Code(y, indicator.PerYear)), ("first", first.Where)), cell.Where, $"{groupId}/{key}/{y}");
                continue;
            }

            observations.Add(observation);
        }

        periods.AddYears(series);
        selection.CheckFound();
        ignored.AddRange(selection.Ignored);
        return Order(indicator, catalogue, series);
    }

    /// <summary>A value given only as counts: numerator over denominator in the unit's scale; null for a zero denominator.</summary>
    private static double? Proportion(Unit unit, double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0
            ? n / d * (unit switch { Unit.Percent => 100, Unit.PerThousand => 1000, _ => 1 })
            : null;

    private static List<Series> Order(Indicator indicator, IndicatorCatalogue catalogue, Dictionary<(string Group, string? Breakdown, string? Category), List<Observation>> series)
    {
        var order = new List<(string, string?, string?)>();
        foreach (var group in catalogue.Groups.Where(g => indicator.Groups.Contains(g.Id)))
        {
            order.Add((group.Id, null, null));
            foreach (var breakdown in indicator.Breakdowns.Select(catalogue.FindBreakdown).OfType<Breakdown>())
            {
                order.AddRange(breakdown.Categories.Select(c => (group.Id, (string?)breakdown.Id, (string?)c.Id)));
            }
        }

        return order.Where(series.ContainsKey)
            .Select(k => new Series(indicator.Id, k.Item1, k.Item2, k.Item3, series[k].OrderBy(o => o.Year).ToList()))
            .ToList();
    }

    private static int Position(DataCube cube, string name, DataSource source, OncePerKey errors, string role, ColumnCheck? columns)
    {
        var dimension = cube.FindDimension(name);
        if (dimension is null && columns is not null)
        {
            columns.Missing(name, role, errors);
            return -1;
        }

        if (dimension is null)
        {
            errors.Add("unknown-dimension", Messages.Format("mapping.unknown-dimension", ("dimension", name), ("role", role), ("dimensions", string.Join(", ", cube.Dimensions.Select(d => d.Id)))), source.Where);
            return -1;
        }

        return cube.Dimensions.ToList().IndexOf(dimension);
    }

    private static string Codes(Dimension dimension) => string.Join(", ", dimension.Categories.Take(12).Select(c => SafeText.Excerpt(c.Code, 30))) + (dimension.Size > 12 ? " …" : string.Empty);
}

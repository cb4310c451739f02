using AnnualReport.Analysis;
using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// Disclosure control for the municipal figures. Per indicator, group and year one linked table:
/// the municipalities (and the old code of a split municipality, never published) are the inner
/// cells; each county, the country and each comparison group are their sums; a group that is the
/// sum of others (<c>sumOf</c>) links their figures region by region. The primary rules
/// and <see cref="SecondarySuppression"/> then run on that table as on any other, so a hidden
/// municipality can be worked out neither from its county, nor from the country, nor from its
/// comparison group, nor from any combination of them.
/// </summary>
public static class MunicipalDisclosure
{
    public static MunicipalFigures Apply(IndicatorCatalogue catalogue, MunicipalData data)
    {
        var published = new List<IndicatorData>();
        var groups = new Dictionary<(string Indicator, string Group, string ComparisonGroup, int Year), Observation>();
        foreach (var indicator in data.Indicators)
        {
            var grid = new DisclosureGrid(indicator, catalogue.Disclosure);
            var split = data.SplitCells.GetValueOrDefault(indicator.Indicator.Id) ?? [];
            var tables = new List<LinkedTable>();
            var groupCells = new List<(LinkedCell Cell, Observation Figure, (string, string, string, int) Key)>();
            foreach (var byGroup in indicator.Series.GroupBy(s => s.GroupId))
            {
                foreach (var year in byGroup.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order())
                {
                    tables.Add(Table(data.Geography, grid, indicator.Indicator, byGroup.ToList(), split.Where(c => c.Group == byGroup.Key && c.Year == year), year, (cell, figure, name) => groupCells.Add((cell, figure, (indicator.Indicator.Id, byGroup.Key, name, year)))));
                }
            }

            tables.AddRange(DisclosureControl.GroupSums(indicator, grid, catalogue.Groups));
            DisclosureControl.ProtectAll(tables, catalogue.Disclosure.Protection);
            published.Add(grid.Result());
            foreach (var (cell, figure, key) in groupCells)
            {
                groups[key] = grid.Published(cell, figure);
            }
        }

        return new MunicipalFigures(published, groups);
    }

    private static LinkedTable Table(Geography geography, DisclosureGrid grid, Indicator indicator, List<Series> series, IEnumerable<SplitRegionCell> split, int year, Action<LinkedCell, Observation, string> comparisonGroup)
    {
        var table = new LinkedTable();
        var counties = new Dictionary<string, List<int>>();
        var members = new Dictionary<string, List<int>>();
        void Add(LinkedCell cell, string county, string? group)
        {
            var index = table.AddInner(cell);
            (counties.TryGetValue(county, out var c) ? c : counties[county] = []).Add(index);
            if (group is not null)
            {
                (members.TryGetValue(group, out var g) ? g : members[group] = []).Add(index);
            }
        }

        foreach (var s in series.Where(s => s.Breakdown is { } b && b != MunicipalData.Counties))
        {
            // A new municipality's "not comparable" year is in no sum: its old code's figure is.
            if (geography.Find(s.Category!) is { } municipality && grid.At(s, year) is { } cell && s.Observations.First(o => o.Year == year) is not { Status: StatusSymbols.NotApplicable, Numerator: null })
            {
                Add(cell, municipality.CountyCode, municipality.Group);
            }
        }

        foreach (var old in split)
        {
            var cell = grid.Cell(old.Observation, $"{old.Code} {old.Group} {old.Year} (delt)");
            cell.State = cell.State == CellState.Published ? CellState.Unpublished : cell.State;
            Add(cell, old.CountyCode, null);
        }

        foreach (var county in series.Where(s => s.Breakdown == MunicipalData.Counties))
        {
            if (grid.At(county, year) is { } cell && counties.TryGetValue(county.Category!, out var inside))
            {
                table.AddAggregate(cell, inside);
            }
        }

        if (series.FirstOrDefault(s => s.IsTotal) is { } total && grid.At(total, year) is { } country)
        {
            table.AddAggregate(country, Enumerable.Range(0, table.Inner.Count));
        }

        foreach (var (name, inside) in grid.Scale > 0 ? members : [])
        {
            var cells = inside.Select(i => table.Inner[i]).ToList();
            var figure = Pooled(indicator, series[0].GroupId, year, cells, grid.Scale);
            var cell = grid.Cell(figure, $"{name} {series[0].GroupId} {year}");
            table.AddAggregate(cell, inside);
            comparisonGroup(cell, figure, name);
        }

        return table;
    }

    /// <summary>A comparison group's figure: the pooled rate of its members' counts; nothing without counts.</summary>
    private static Observation Pooled(Indicator indicator, string group, int year, List<LinkedCell> cells, double scale)
    {
        if (scale == 0 || cells.Any(c => !c.HasCounts))
        {
            return new Observation(year, group, null, StatusSymbols.NotAvailable, indicator.Provenance, indicator.Data.Where);
        }

        var (n, d) = (cells.Sum(c => c.Numerator!.Value), cells.Sum(c => c.Denominator!.Value));
        return new Observation(year, group, d > 0 ? n / d * scale : null, d > 0 ? null : StatusSymbols.NotApplicable, indicator.Provenance, indicator.Data.Where, n, d);
    }
}

/// <summary>The municipal figures as published, and each comparison group's published figure by (indicator, group, comparison group, year).</summary>
public sealed record MunicipalFigures(
    IReadOnlyList<IndicatorData> Published,
    IReadOnlyDictionary<(string Indicator, string Group, string ComparisonGroup, int Year), Observation> ComparisonGroups);

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Small numbers and uncertainty, before anything is analysed, drawn or written. The method page
/// states these rules with the settings of <see cref="DisclosureRules"/>:
/// <list type="number">
/// <item>primary: with counts, a cell whose numerator, denominator or their difference is at or
/// below the limit is confidential (<c>:</c>); one whose 95 % Wilson interval is wider than the
/// limit is too uncertain (<c>..</c>); 0 of 0 is not applicable (<c>.</c>). Without counts the
/// source's own symbols stand;</item>
/// <item>secondary: every hidden cell (<c>:</c> and <c>..</c> alike) is protected against the
/// tables it is linked with, by <see cref="SecondarySuppression"/>. Nationally these are each
/// group's total and the categories of each of its breakdowns, year by year (a breakdown that
/// does not add up to the total gets a remainder cell); the municipal tables are built in
/// <c>MunicipalDisclosure</c>;</item>
/// <item>publication: hidden cells lose value, counts and interval; published proportions get the
/// interval of <see cref="PublishedInterval"/>.</item>
/// </list>
/// </summary>
public static class DisclosureControl
{
    public static IReadOnlyList<IndicatorData> Apply(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data) =>
        data.Select(d => Apply(d, catalogue.Disclosure, catalogue.Groups)).ToList();

    public static IndicatorData Apply(IndicatorData data, DisclosureRules rules, IReadOnlyList<Group>? groups = null)
    {
        var grid = new DisclosureGrid(data, rules);
        ProtectAll([.. Tables(data, grid), .. GroupSums(data, grid, groups ?? [])], rules.Protection);
        return grid.Result();
    }

    /// <summary>
    /// Per group that is the sum of others (<see cref="Group.SumOf"/>), place (total, breakdown
    /// category or region) and year: the parts as inner cells and the group as their sum.
    /// </summary>
    public static IEnumerable<LinkedTable> GroupSums(IndicatorData data, DisclosureGrid grid, IReadOnlyList<Group> groups)
    {
        var byKey = data.Series.ToLookup(s => (s.Breakdown, s.Category));
        foreach (var parent in groups.Where(g => g.SumOf.Count > 0))
        {
            foreach (var place in byKey)
            {
                var whole = place.FirstOrDefault(s => s.GroupId == parent.Id);
                var parts = place.Where(s => parent.SumOf.Contains(s.GroupId)).ToList();
                if (whole is null || parts.Count == 0)
                {
                    continue;
                }

                foreach (var year in whole.Observations.Select(o => o.Year))
                {
                    var table = new LinkedTable();
                    foreach (var cell in parts.Select(s => grid.At(s, year)).OfType<LinkedCell>())
                    {
                        table.AddInner(cell);
                    }

                    if (grid.At(whole, year) is not { } sum || table.Inner.Count == 0)
                    {
                        continue;
                    }

                    // A part without a figure leaves the rest unknown; parts that do not add up leave a remainder.
                    var name = $"{parent.Id} {place.Key.Breakdown} {place.Key.Category} rest {year}";
                    if (table.Inner.Count < parent.SumOf.Count)
                    {
                        table.AddInner(new LinkedCell(name, null, null, CellState.Unpublished));
                    }
                    else if (Remainder(sum, table.Inner, name) is { } rest)
                    {
                        table.AddInner(rest);
                    }

                    table.AddAggregate(sum, Enumerable.Range(0, table.Inner.Count));
                    yield return table;
                }
            }
        }
    }

    /// <summary>The primary rule alone, for one cell.</summary>
    public static bool IsTooSmall(double numerator, double denominator, int limit) =>
        numerator <= limit || denominator <= limit || denominator - numerator <= limit;

    /// <summary>
    /// Runs secondary suppression over tables that may share cells (a group's total is in each of
    /// its breakdowns): a table runs again when another one hid a cell it holds.
    /// </summary>
    public static void ProtectAll(IReadOnlyList<LinkedTable> tables, int width)
    {
        var pending = tables.ToList();
        while (pending.Count > 0)
        {
            var hidden = new List<(LinkedTable By, LinkedCell Cell)>();
            foreach (var table in pending)
            {
                hidden.AddRange(SecondarySuppression.Protect(table, width).Select(c => (table, c)));
            }

            pending = tables.Where(t => hidden.Any(h => h.By != t && t.Cells.Contains(h.Cell))).ToList();
        }
    }

    /// <summary>Per group, year and breakdown: the categories as inner cells and the group's total as their sum.</summary>
    private static IEnumerable<LinkedTable> Tables(IndicatorData data, DisclosureGrid grid)
    {
        foreach (var byGroup in data.Series.GroupBy(s => s.GroupId))
        {
            var total = byGroup.FirstOrDefault(s => s.IsTotal);
            var years = byGroup.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
            foreach (var breakdown in byGroup.Where(s => !s.IsTotal).GroupBy(s => s.Breakdown))
            {
                foreach (var year in years)
                {
                    var table = new LinkedTable();
                    var members = breakdown.Select(s => grid.At(s, year)).OfType<LinkedCell>().Select(table.AddInner).ToList();
                    if (members.Count == 0)
                    {
                        continue;
                    }

                    if (total is not null && grid.At(total, year) is { } sum)
                    {
                        if (Remainder(sum, table.Inner, $"{byGroup.Key} {breakdown.Key} rest {year}") is { } rest)
                        {
                            members.Add(table.AddInner(rest));
                        }

                        table.AddAggregate(sum, members);
                    }

                    yield return table;
                }
            }
        }
    }

    /// <summary>What a breakdown's categories leave of the total, as an unpublished cell; null when they add up or counts are missing.</summary>
    private static LinkedCell? Remainder(LinkedCell total, IReadOnlyList<LinkedCell> categories, string name)
    {
        if (!total.HasCounts || categories.Any(c => !c.HasCounts))
        {
            return null;
        }

        var (n, d) = (total.Numerator!.Value - categories.Sum(c => c.Numerator!.Value), total.Denominator!.Value - categories.Sum(c => c.Denominator!.Value));
        return n > 0 || d > 0 ? new LinkedCell(name, Math.Max(0, n), Math.Max(n, d), CellState.Unpublished) : null;
    }
}

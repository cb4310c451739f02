using System.Collections.Concurrent;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Runs the linear-programming attack on every table of the municipal publication. Per table it
/// adds every published value of the table's indicator, group and year from every file (the same
/// figure from several files only repeats a constraint), then bounds each hidden region's count
/// and, as a check that the attack works, each published municipality's count.
/// </summary>
internal sealed class MunicipalAttack
{
    public required IReadOnlyList<CountBounds> Hidden { get; init; }

    public required IReadOnlyList<CountBounds> PublishedMunicipalities { get; init; }

    /// <summary>Published values the true counts do not round to: a sign that the attacker's model of the publication is wrong.</summary>
    public required IReadOnlyList<string> ModelErrors { get; init; }

    public static MunicipalAttack Run(IReadOnlyDictionary<(string, string, int), RateTable> tables, IReadOnlyList<PublishedCell> published)
    {
        var hidden = new ConcurrentBag<CountBounds>();
        var municipalities = new ConcurrentBag<CountBounds>();
        var errors = new ConcurrentBag<string>();
        var byTable = published.ToLookup(c => (c.Indicator, c.Group, c.Year));
        Parallel.ForEach(tables, entry =>
        {
            var table = entry.Value;
            var cells = byTable[entry.Key].ToList();
            using var attacker = new LinearAttacker(table.Unknowns.Select(u => u.Denominator).ToList());
            foreach (var shown in cells.Where(c => c.Value is not null && !c.IsHidden).GroupBy(c => (c.Level, c.Region)))
            {
                var region = table.Combination(shown.Key.Level, shown.Key.Region);
                attacker.Publish(region, shown.Select(c => c.Value!.Value), table.Scale);
                foreach (var cell in shown.Where(c => !region.IsEmpty && region.Denominator > 0
                    && Math.Abs(region.TrueNumerator / region.Denominator * table.Scale - c.Value!.Value.Value) > c.Value.Value.HalfUnit + 1e-9))
                {
                    errors.Add($"{cell}: published {cell.Value!.Value.Value}, true {region.TrueNumerator}/{region.Denominator}");
                }
            }

            foreach (var target in cells.Where(c => c.IsHidden).GroupBy(c => (c.Level, c.Region)))
            {
                var region = table.Combination(target.Key.Level, target.Key.Region);
                var sources = string.Join(", ", target.Select(c => $"«{c.Status}» in {c.Source}").Distinct());
                hidden.Add(new CountBounds(table, target.Key.Level, target.Key.Region, sources, region, region.IsEmpty ? null : attacker.Bounds(region)));
            }

            foreach (var target in cells.Where(c => c.Level == RegionLevel.Municipality && c.Value is not null).GroupBy(c => c.Region))
            {
                var region = table.Combination(RegionLevel.Municipality, target.Key);
                if (!region.IsEmpty && region.Denominator > 0)
                {
                    municipalities.Add(new CountBounds(table, RegionLevel.Municipality, target.Key, target.First().Source, region, attacker.Bounds(region)));
                }
            }
        });

        return new MunicipalAttack
        {
            Hidden = Ordered(hidden),
            PublishedMunicipalities = Ordered(municipalities),
            ModelErrors = errors.Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static List<CountBounds> Ordered(IEnumerable<CountBounds> cells) => cells
        .OrderBy(c => c.Table.Indicator, StringComparer.Ordinal).ThenBy(c => c.Table.Group, StringComparer.Ordinal).ThenBy(c => c.Table.Year)
        .ThenBy(c => c.Level).ThenBy(c => c.Region, StringComparer.Ordinal)
        .ToList();
}

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Turns a raw rate file into the attacker's tables. Unknowns are the regions of the lowest level
/// present in a year; an old code with share 1 adds into its new code (several old codes into one
/// add up), an old code split with shares below 1 stays its own unknown in the county of its new codes.
/// </summary>
internal static class RateTableBuilder
{
    public static IEnumerable<RateTable> Build(string indicator, double scale, IReadOnlyList<RawRateRow> rows, MunicipalGeography geography, string countryCode, string countyPrefix)
    {
        foreach (var table in rows.GroupBy(r => (r.Group, r.Year)).OrderBy(g => g.Key.Group, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var municipalities = table.Where(r => r.Region != countryCode && !r.Region.StartsWith(countyPrefix, StringComparison.Ordinal)).ToList();
            var lowest = municipalities.Count > 0 ? municipalities : table.Where(r => r.Region.StartsWith(countyPrefix, StringComparison.Ordinal)).ToList();
            var unknowns = lowest
                .GroupBy(r => Target(r.Region, geography, countyPrefix))
                .Select(g => new Unknown(g.Key.Code, g.Key.County, g.Sum(r => r.Denominator), g.Sum(r => r.Numerator)))
                .OrderBy(u => u.Code, StringComparer.Ordinal)
                .ToList();
            yield return new RateTable(indicator, table.Key.Group, table.Key.Year, scale, unknowns, geography, countryCode);
        }
    }

    private static (string Code, string County) Target(string region, MunicipalGeography geography, string countyPrefix)
    {
        if (region.StartsWith(countyPrefix, StringComparison.Ordinal))
        {
            var county = region[countyPrefix.Length..];
            return (county, county);
        }

        if (geography.Changes.TryGetValue(region, out var changes))
        {
            return changes is [{ Share: 1.0 } only]
                ? (only.To, geography.CountyOf[only.To])
                : (region, geography.CountyOf[changes[0].To]);
        }

        return (region, geography.CountyOf[region]);
    }
}

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// One table of the municipal publication (indicator, group, year) as the attacker models it: the
/// unknown counts with their bounds 0 ≤ n ≤ d, and every published region (municipality, county,
/// country, comparison group) as a weighted sum of them.
/// </summary>
internal sealed class RateTable
{
    private readonly MunicipalGeography _geography;
    private readonly string _countryCode;

    public RateTable(string indicator, string group, int year, double scale, IReadOnlyList<Unknown> unknowns, MunicipalGeography geography, string countryCode)
    {
        Indicator = indicator;
        Group = group;
        Year = year;
        Scale = scale;
        Unknowns = unknowns;
        _geography = geography;
        _countryCode = countryCode;
    }

    public string Indicator { get; }

    public string Group { get; }

    public int Year { get; }

    /// <summary>100 for percent, 1000 for per thousand.</summary>
    public double Scale { get; }

    public IReadOnlyList<Unknown> Unknowns { get; }

    public override string ToString() => $"{Indicator}/{Group}/{Year}";

    /// <summary>The published region as unknowns; empty when the table holds nothing for it.</summary>
    public Combination Combination(RegionLevel level, string region) => level switch
    {
        RegionLevel.Country when region == _countryCode => Sum(Unknowns.Select((_, i) => (i, 1.0))),
        RegionLevel.County => Sum(Unknowns.Select((u, i) => (u, i)).Where(x => x.u.County == region).Select(x => (x.i, 1.0))),
        RegionLevel.Municipality => Sum(Municipality(region)),
        RegionLevel.ComparisonGroup => Sum(_geography.MembersOf(region).SelectMany(Municipality)),
        _ => Sum([]),
    };

    /// <summary>A municipality's own unknown, plus its share of every old code split between several new ones.</summary>
    private IEnumerable<(int, double)> Municipality(string code)
    {
        for (var i = 0; i < Unknowns.Count; i++)
        {
            if (Unknowns[i].Code == code)
            {
                yield return (i, 1.0);
            }
            else if (_geography.Changes.TryGetValue(Unknowns[i].Code, out var changes))
            {
                foreach (var (to, share) in changes.Where(c => c.To == code))
                {
                    yield return (i, share);
                }
            }
        }
    }

    private Combination Sum(IEnumerable<(int Index, double Weight)> terms)
    {
        var weights = new Dictionary<int, double>();
        foreach (var (index, weight) in terms)
        {
            weights[index] = weights.GetValueOrDefault(index) + weight;
        }

        return new Combination(
            weights,
            weights.Sum(w => w.Value * Unknowns[w.Key].Denominator),
            weights.Sum(w => w.Value * Unknowns[w.Key].TrueNumerator));
    }
}

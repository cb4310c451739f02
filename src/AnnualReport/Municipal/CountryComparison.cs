using AnnualReport.Model;
using MathNet.Numerics.Distributions;

namespace AnnualReport.Municipal;

/// <summary>
/// The statistical rule behind "Mot landet" on fact sheets, in sentences and in the statistics bank.
/// A municipality or county is compared with the REST of the country (the country's counts minus its
/// own: N − n over D − d), never with a total that contains it; the country itself is not compared.
/// The test is the two-sided two-proportion z test with pooled variance (the score test of a 2 × 2
/// table). The figures are register counts, not a sample: the test asks whether the difference is
/// larger than the year-to-year random variation of the underlying process would give (the
/// superpopulation view). Every rate comparison of one region and one year (one fact sheet) is one
/// family, controlled by <see cref="ComparisonSettings.Method"/> at <see cref="ComparisonSettings.Level"/>.
/// Cells without counts (hidden or too uncertain) are not tested and not counted in the family.
/// </summary>
public sealed class CountryComparison
{
    /// <summary>A region's counts (n of d) and the country's (N of D) for one figure.</summary>
    public readonly record struct Counts(double N, double D, double CountryN, double CountryD);

    private readonly IReadOnlyDictionary<(string Indicator, string Group, string Region, int Year), ComparisonResult> _results;

    private CountryComparison(ComparisonSettings settings, IReadOnlyDictionary<(string, string, string, int), ComparisonResult> results)
    {
        Settings = settings;
        _results = results;
    }

    public ComparisonSettings Settings { get; }

    /// <summary>Every region's comparisons, from the figures after disclosure control.</summary>
    public static CountryComparison Run(ComparisonSettings settings, IReadOnlyList<IndicatorData> published)
    {
        var cells = new List<(string Indicator, string Group, string Region, int Year, Counts Counts)>();
        foreach (var data in published.Where(d => d.Indicator.Unit is Unit.Percent or Unit.PerThousand))
        {
            var countries = data.Series.Where(s => s.IsTotal).ToDictionary(s => s.GroupId, s => s.Observations.ToDictionary(o => o.Year));
            foreach (var series in data.Series.Where(s => !s.IsTotal && s.Category is not null))
            {
                foreach (var own in series.Observations)
                {
                    if (own is { Numerator: { } n, Denominator: { } d }
                        && countries.GetValueOrDefault(series.GroupId)?.GetValueOrDefault(own.Year) is { Numerator: { } countryN, Denominator: { } countryD })
                    {
                        cells.Add((data.Indicator.Id, series.GroupId, series.Category!, own.Year, new Counts(n, d, countryN, countryD)));
                    }
                }
            }
        }

        var results = new Dictionary<(string, string, string, int), ComparisonResult>();
        foreach (var family in cells.GroupBy(c => (c.Region, c.Year)))
        {
            var members = family.ToList();
            var judged = Family(members.Select(m => m.Counts).ToList(), settings);
            for (var i = 0; i < members.Count; i++)
            {
                if (judged[i] is { } result)
                {
                    results[(members[i].Indicator, members[i].Group, members[i].Region, members[i].Year)] = result;
                }
            }
        }

        return new CountryComparison(settings, results);
    }

    /// <summary>
    /// One family (one region and year): each cell tested against the rest of the country, the
    /// p-values adjusted together, the verdicts. Null for a cell that cannot be tested (it is the
    /// whole country, or its counts are impossible); such cells are not in the family.
    /// </summary>
    public static IReadOnlyList<ComparisonResult?> Family(IReadOnlyList<Counts> cells, ComparisonSettings settings)
    {
        var tests = cells.Select(c => Test(c.N, c.D, c.CountryN, c.CountryD)).ToList();
        var tested = Enumerable.Range(0, cells.Count).Where(i => tests[i] is not null).ToList();
        var adjusted = Adjust(tested.Select(i => tests[i]!.Value.P).ToList(), settings.Method);
        var results = new ComparisonResult?[cells.Count];
        for (var k = 0; k < tested.Count; k++)
        {
            var (rate, rest, p) = tests[tested[k]]!.Value;
            results[tested[k]] = new ComparisonResult(rate, rest, p, adjusted[k], Verdict(rate, rest, adjusted[k], settings.Level));
        }

        return results;
    }

    /// <summary>The comparison of a region's figure, or null for the country and for figures without counts.</summary>
    public ComparisonResult? Find(string indicator, string group, string region, int year) =>
        _results.GetValueOrDefault((indicator, group, region, year));

    /// <summary>
    /// The region's rate n/d against the rest of the country's (N − n)/(D − d), and the two-sided
    /// p-value of the pooled two-proportion z test; null when the region is the whole country or
    /// the counts are impossible.
    /// </summary>
    public static (double Rate, double RestRate, double P)? Test(double n, double d, double countryN, double countryD)
    {
        var (restN, restD) = (countryN - n, countryD - d);
        if (d <= 0 || restD <= 0 || n < 0 || restN < 0 || n > d || restN > restD)
        {
            return null;
        }

        var (rate, rest, pooled) = (n / d, restN / restD, countryN / countryD);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1 / d + 1 / restD));
        if (se == 0)
        {
            // Everyone or no one in both: no difference to test.
            return (rate, rest, 1);
        }

        var z = (rate - rest) / se;
        return (rate, rest, Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z))));
    }

    /// <summary>
    /// Adjusted p-values in the given order. Benjamini–Hochberg: sorted ascending, the i-th of m
    /// becomes min over j ≥ i of p(j) × m / j (capped at 1); Bonferroni: p × m (capped at 1).
    /// A comparison is significant when its adjusted p-value is at most the level.
    /// </summary>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> p, MultipleTesting method)
    {
        var m = p.Count;
        switch (method)
        {
            case MultipleTesting.None:
                return p.ToList();
            case MultipleTesting.Bonferroni:
                return p.Select(x => Math.Min(1, x * m)).ToList();
        }

        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ThenBy(i => i).ToList();
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, p[i] * m / rank);
            adjusted[i] = running;
        }

        return adjusted;
    }

    private static Significance Verdict(double rate, double rest, double adjustedP, double level) =>
        adjustedP > level ? Significance.NotDifferent : rate > rest ? Significance.Higher : Significance.Lower;
}

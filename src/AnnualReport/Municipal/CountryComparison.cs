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
        var tests = new List<(string Indicator, string Group, string Region, int Year, double Rate, double RestRate, double P)>();
        foreach (var data in published.Where(d => d.Indicator.Unit is Unit.Percent or Unit.PerThousand))
        {
            var countries = data.Series.Where(s => s.IsTotal).ToDictionary(s => s.GroupId, s => s.Observations.ToDictionary(o => o.Year));
            foreach (var series in data.Series.Where(s => !s.IsTotal && s.Category is not null))
            {
                foreach (var own in series.Observations)
                {
                    if (own is not { Numerator: { } n, Denominator: { } d }
                        || countries.GetValueOrDefault(series.GroupId)?.GetValueOrDefault(own.Year) is not { Numerator: { } countryN, Denominator: { } countryD }
                        || Test(n, d, countryN, countryD) is not { } test)
                    {
                        continue;
                    }

                    tests.Add((data.Indicator.Id, series.GroupId, series.Category!, own.Year, test.Rate, test.RestRate, test.P));
                }
            }
        }

        var results = new Dictionary<(string, string, string, int), ComparisonResult>();
        foreach (var family in tests.GroupBy(t => (t.Region, t.Year)))
        {
            var members = family.ToList();
            var adjusted = Adjust(members.Select(m => m.P).ToList(), settings.Method);
            for (var i = 0; i < members.Count; i++)
            {
                var m = members[i];
                results[(m.Indicator, m.Group, m.Region, m.Year)] = new ComparisonResult(m.Rate, m.RestRate, m.P, adjusted[i], Verdict(m.Rate, m.RestRate, adjusted[i], settings.Level));
            }
        }

        return new CountryComparison(settings, results);
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

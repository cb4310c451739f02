namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Recovers counts from one published figure alone, knowing nothing else: every (n, d) with
/// 1 ≤ d ≤ <see cref="MaxDenominator"/> whose rate rounds to the published value and whose 95 %
/// Wilson limits round to the published limits (<see cref="LimitRounding"/>).
/// </summary>
internal static class CountEnumerator
{
    public const int MaxDenominator = 20000;

    private const double Noise = 1e-9;

    public static CountCandidates Enumerate(PublishedNumber value, PublishedNumber? lower, PublishedNumber? upper, double scale)
    {
        var examples = new List<(int, int)>();
        var ns = new HashSet<int>();
        var ds = new HashSet<int>();
        var found = 0;
        var narrowest = NarrowestPublishedWidth(lower, upper, scale);
        var pNearHalf = Math.Clamp(0.5, (value.Value - value.HalfUnit) / scale, (value.Value + value.HalfUnit) / scale);
        for (var d = 1; d <= MaxDenominator; d++)
        {
            // Wilson's width falls as d grows; once even the widest interval the rate allows is
            // narrower than the published limits allow, no larger d can match.
            if (narrowest is { } w && Width(pNearHalf, d) < w)
            {
                break;
            }

            var (first, last) = Counts(value, d, scale);
            for (var n = first; n <= last; n++)
            {
                if (!LimitsMatch(n, d, lower, upper, scale))
                {
                    continue;
                }

                found++;
                ns.Add(n);
                ds.Add(d);
                if (examples.Count < 4)
                {
                    examples.Add((n, d));
                }

                if (ns.Count > 1 && ds.Count > 1)
                {
                    return new CountCandidates(found, examples, ns.Count, ds.Count);
                }
            }
        }

        return new CountCandidates(found, examples, ns.Count, ds.Count);
    }

    /// <summary>Whether (n, d) is consistent with the published figure: the check the enumeration makes for each pair.</summary>
    public static bool Matches(int n, int d, PublishedNumber value, PublishedNumber? lower, PublishedNumber? upper, double scale)
    {
        var (first, last) = Counts(value, d, scale);
        return n >= first && n <= last && LimitsMatch(n, d, lower, upper, scale);
    }

    /// <summary>The counts whose rate over d rounds to the value (ties either way).</summary>
    private static (int First, int Last) Counts(PublishedNumber value, int d, double scale)
    {
        var first = (int)Math.Ceiling((value.Value - value.HalfUnit) * d / scale - Noise * d);
        var last = (int)Math.Floor((value.Value + value.HalfUnit) * d / scale + Noise * d);
        return (Math.Max(first, 0), Math.Min(last, d));
    }

    private static bool LimitsMatch(int n, int d, PublishedNumber? lower, PublishedNumber? upper, double scale)
    {
        if (lower is null && upper is null)
        {
            return true;
        }

        var (l, u) = WilsonInterval.Of(n, d);
        return (lower is not { } lo || LimitRounding.LowerMatches(l * scale, lo))
            && (upper is not { } hi || LimitRounding.UpperMatches(u * scale, hi));
    }

    /// <summary>The narrowest true interval width (as a proportion) the published limits allow, less a margin.</summary>
    private static double? NarrowestPublishedWidth(PublishedNumber? lower, PublishedNumber? upper, double scale)
    {
        if (lower is not { } lo || upper is not { } hi)
        {
            return null;
        }

        var slack = lo.Decimals == 0 ? lo.Unit : lo.HalfUnit;
        slack += hi.Decimals == 0 ? hi.Unit : hi.HalfUnit;
        return (hi.Value - lo.Value - slack) / scale - 1e-6;
    }

    private static double Width(double p, int d)
    {
        var (l, u) = WilsonInterval.Of(p * d, d);
        return u - l;
    }
}

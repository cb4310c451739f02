namespace AnnualReport.Analysis;

/// <summary>
/// The 95 % interval as it is published: the Wilson limits rounded outward to whole units
/// (percentage points or per mille: the lower limit down, the upper up, so the interval still
/// covers at least 95 %). Four decimals would give the counts back: with the rate, the width of
/// an interval fixes the denominator. Where even whole units, with the value at its published
/// decimals, leave a single count that fits, the limits are withheld.
/// </summary>
public static class PublishedInterval
{
    /// <summary>The largest denominator tried when checking whether published figures give a count back.</summary>
    public const int SearchLimit = 100_000;

    public static (double Low, double High)? For(double numerator, double denominator, int decimals, double scale)
    {
        if (Limits(numerator, denominator, scale) is not { } limits)
        {
            return null;
        }

        var value = Math.Round(numerator / denominator * scale, decimals, MidpointRounding.AwayFromZero);
        return GivesCountBack(value, decimals, limits.Low, limits.High, scale) ? null : limits;
    }

    /// <summary>The outward-rounded Wilson limits in the unit's scale.</summary>
    public static (double Low, double High)? Limits(double numerator, double denominator, double scale) =>
        WilsonInterval.Of(numerator, denominator) is { } interval
            ? (Math.Floor(interval.Low * scale), Math.Ceiling(interval.High * scale))
            : null;

    /// <summary>
    /// Whether one numerator alone, or one denominator alone, over every denominator up to
    /// <see cref="SearchLimit"/>, gives this value (at these decimals, rounded either way at a
    /// half) and these limits.
    /// </summary>
    public static bool GivesCountBack(double value, int decimals, double low, double high, double scale)
    {
        var half = 0.5 * Math.Pow(10, -decimals);
        (int N, int D)? found = null;
        var (manyN, manyD) = (false, false);

        // A rate in the value's rounding band fits the limits only where the highest rate's lower
        // limit reaches L and the lowest rate's upper limit stays under H; both hold from some
        // denominator on, found by bisection. Wilson's width shrinks as the denominator grows, so
        // the search ends once the widest interval the band allows is narrower than H − L − 2
        // (rounded outward, each limit loses less than a unit). Skipping only ever finds fewer
        // candidates, which errs towards withholding the limits.
        var (bandLow, bandHigh) = (Math.Max(0, (value - half) / scale), Math.Min(1, (value + half) / scale));
        var pWidest = Math.Clamp(0.5, bandLow, bandHigh);
        bool Fits(int d) =>
            WilsonInterval.Of(bandHigh * d, d) is { } up && up.Low * scale >= low - 1e-9
            && WilsonInterval.Of(bandLow * d, d) is { } down && down.High * scale <= high + 1e-9;
        var (first, last) = (1, SearchLimit);
        while (first < last)
        {
            var middle = (first + last) / 2;
            (first, last) = Fits(middle) ? (first, middle) : (middle + 1, last);
        }

        for (var d = first; d <= SearchLimit; d++)
        {
            if (WilsonInterval.Of(pWidest * d, d) is { } widest && (widest.High - widest.Low) * scale <= high - low - 2)
            {
                break;
            }

            var from = Math.Max(0, (int)Math.Ceiling((value - half) * d / scale - 1e-9));
            var to = Math.Min(d, (int)Math.Floor((value + half) * d / scale + 1e-9));
            for (var n = from; n <= to; n++)
            {
                var rate = (double)n / d * scale;
                var rounds = Math.Round(rate, decimals, MidpointRounding.AwayFromZero) == value || Math.Round(rate, decimals, MidpointRounding.ToEven) == value;
                if (rounds && Limits(n, d, scale) is { } limits && limits.Low == low && limits.High == high)
                {
                    found ??= (n, d);
                    (manyN, manyD) = (manyN || found.Value.N != n, manyD || found.Value.D != d);
                    if (manyN && manyD)
                    {
                        return false;
                    }
                }
            }
        }

        return found is not null;
    }
}

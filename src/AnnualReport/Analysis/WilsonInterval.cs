namespace AnnualReport.Analysis;

/// <summary>
/// The Wilson score interval for a proportion (Wilson 1927; recommended by Newcombe 1998 and
/// Brown, Cai and DasGupta 2001 over the normal approximation, which fails near 0 and 1):
/// centre (p + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²).
/// </summary>
public static class WilsonInterval
{
    /// <summary>The 97.5 % quantile of the standard normal distribution, for a 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval as proportions between 0 and 1; null when the denominator is not positive.</summary>
    public static (double Low, double High)? Of(double numerator, double denominator, double z = Z95)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            return null;
        }

        var p = numerator / denominator;
        var z2 = z * z;
        var scale = 1 + z2 / denominator;
        var centre = (p + z2 / (2 * denominator)) / scale;
        var half = z / scale * Math.Sqrt(p * (1 - p) / denominator + z2 / (4 * denominator * denominator));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}

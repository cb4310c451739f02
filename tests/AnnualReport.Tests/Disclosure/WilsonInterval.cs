namespace AnnualReport.Tests.Disclosure;

/// <summary>The 95 % Wilson score interval of n successes in d trials, written out from its formula.</summary>
internal static class WilsonInterval
{
    public const double Z = 1.959963984540054;

    /// <summary>Lower and upper limit as proportions (0–1).</summary>
    public static (double Lower, double Upper) Of(double n, double d)
    {
        var p = n / d;
        var z2 = Z * Z;
        var denominator = 1 + z2 / d;
        var centre = (p + z2 / (2 * d)) / denominator;
        var half = Z / denominator * Math.Sqrt(p * (1 - p) / d + z2 / (4 * d * d));
        return (centre - half, centre + half);
    }
}

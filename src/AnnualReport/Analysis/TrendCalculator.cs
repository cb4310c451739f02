using MathNet.Numerics.Distributions;

namespace AnnualReport.Analysis;

/// <summary>
/// Ordinary least squares of value on year. The slope's standard error is
/// sqrt(SSE / (n − 2) / Sxx), and the 95 % interval is slope ± t(0.975, n − 2) × SE.
/// </summary>
public static class TrendCalculator
{
    /// <summary>The trend through the points, or null with fewer than two points or a single year.</summary>
    public static Trend? Fit(IReadOnlyList<(int Year, double Value)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var n = points.Count;
        var meanX = points.Average(p => (double)p.Year);
        var meanY = points.Average(p => p.Value);
        var sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        if (sxx == 0)
        {
            return null;
        }

        var sxy = points.Sum(p => (p.Year - meanX) * (p.Value - meanY));
        var slope = sxy / sxx;
        var (from, to) = (points.Min(p => p.Year), points.Max(p => p.Year));
        if (n == 2)
        {
            return new Trend(slope, null, null, n, from, to);
        }

        var intercept = meanY - slope * meanX;
        var sse = points.Sum(p => Math.Pow(p.Value - (intercept + slope * p.Year), 2));
        var standardError = Math.Sqrt(sse / (n - 2) / sxx);
        var t = StudentT.InvCDF(0, 1, n - 2, 0.975);
        return new Trend(slope, slope - t * standardError, slope + t * standardError, n, from, to);
    }
}

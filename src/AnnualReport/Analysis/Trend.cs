namespace AnnualReport.Analysis;

/// <summary>
/// A least-squares line through a series' values over a window of years: slope per year with its
/// 95 % confidence interval (t distribution, n − 2 degrees of freedom; null with only two points).
/// </summary>
public sealed record Trend(double Slope, double? Low, double? High, int Points, int FromYear, int ToYear)
{
    /// <summary>The change the line describes over its window: slope × (last year − first year).</summary>
    public double FittedChange => Slope * (ToYear - FromYear);

    /// <summary>The lower 95 % limit of the fitted change: the slope's lower limit × the window's length.</summary>
    public double? FittedLow => Low * (ToYear - FromYear);

    /// <summary>The upper 95 % limit of the fitted change.</summary>
    public double? FittedHigh => High * (ToYear - FromYear);

    /// <summary>Whether the interval includes zero (no trend can be told from noise).</summary>
    public bool? IncludesZero => Low is { } low && High is { } high ? low <= 0 && high >= 0 : null;
}

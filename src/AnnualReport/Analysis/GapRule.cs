using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// When a gap is said to have narrowed or widened: the change in its size over
/// <see cref="AnalysisSettings.GapYears"/> years must be at least the indicator's threshold
/// (<c>analysis.stableBelow</c>, the same threshold as for a stable trend) and must not round to
/// zero at the indicator's decimals; otherwise the gap is about unchanged. Used by the indicator
/// pages, the key figures, the theme summaries and analysis.json alike.
/// </summary>
public static class GapRule
{
    /// <summary>The gap's change over the window, or null when a figure is missing.</summary>
    public static double? Change(SeriesResult series) => AnalysisSettings.GapYears switch
    {
        5 => series.GapChange5,
        _ => series.GapChange10,
    };

    public static GapTrend? Judge(SeriesResult series, Indicator indicator) => Judge(Change(series), indicator.Analysis.StableBelow, indicator.Decimals);

    public static GapTrend? Judge(double? change, double threshold, int decimals) => change switch
    {
        null => null,
        { } c when Math.Abs(c) < threshold || Math.Round(c, decimals) == 0 => GapTrend.AboutUnchanged,
        < 0 => GapTrend.Narrowed,
        _ => GapTrend.Widened,
    };

    /// <summary>The machine-readable name used in analysis.json.</summary>
    public static string Name(GapTrend trend) => trend switch
    {
        GapTrend.Narrowed => "narrowed",
        GapTrend.Widened => "widened",
        _ => "aboutUnchanged",
    };
}

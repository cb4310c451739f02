using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// The rule the method page states, with the indicator's own settings. Let the fitted change be the
/// change the trend line describes over its window, with its 95 % interval (the slope's interval
/// times the window's length). Then:
/// <list type="bullet">
/// <item>fewer than <c>minPoints</c> years with figures in the window: no direction;</item>
/// <item>the interval excludes zero and the fitted change is at least the threshold
/// (<c>stableBelow</c>): improving or worsening by polarity (increasing or decreasing for neutral);</item>
/// <item>the whole interval lies strictly within ± the threshold: stable (shown to be small; with
/// threshold 0 nothing can be shown stable);</item>
/// <item>otherwise: no clear trend (the figures are too uncertain to say either).</item>
/// </list>
/// An interval that includes zero is not evidence of stability: with few or noisy points it is
/// wide, and "stabil" would claim more than the figures show.
/// </summary>
public static class DirectionRule
{
    /// <summary>The direction, or null with the reason (for analysis.json's <c>why</c>).</summary>
    public static (Direction? Direction, Reason? Why) Decide(Trend? trend, Polarity polarity, AnalysisSettings settings)
    {
        if (trend is null || trend.Points < settings.MinPoints || trend.FittedLow is not { } low || trend.FittedHigh is not { } high)
        {
            var points = trend?.Points ?? 0;
            return (null, Reason.Of("too-few-points", ("needed", settings.MinPoints), ("n", points)));
        }

        var threshold = settings.StableBelow;
        var excludesZero = low > 0 || high < 0;
        if (excludesZero && Math.Abs(trend.FittedChange) >= threshold)
        {
            var up = trend.Slope > 0;
            return (polarity switch
            {
                Polarity.HigherIsBetter => up ? Direction.Improving : Direction.Worsening,
                Polarity.LowerIsBetter => up ? Direction.Worsening : Direction.Improving,
                _ => up ? Direction.Increasing : Direction.Decreasing,
            }, null);
        }

        return (-threshold < low && high < threshold ? Direction.Stable : Direction.NoClearTrend, null);
    }

    /// <summary>The machine-readable name used in analysis.json; the word a reader sees is the phrase <c>analysis.directions.&lt;name&gt;</c>.</summary>
    public static string Name(Direction direction) => direction switch
    {
        Direction.Improving => "improving",
        Direction.Stable => "stable",
        Direction.Worsening => "worsening",
        Direction.Increasing => "increasing",
        Direction.Decreasing => "decreasing",
        _ => "noClearTrend",
    };
}

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// The rule the method page states: a series is stable when the 95 % interval of its trend
/// includes zero, or when the change the trend describes over its window is smaller than the
/// indicator's threshold; otherwise it improves or worsens as the slope's sign and the
/// indicator's polarity say. Without an interval (fewer than three years) there is no direction.
/// </summary>
public static class DirectionRule
{
    public static Direction? Decide(Trend? trend, Polarity polarity, double stableBelow)
    {
        if (trend?.IncludesZero is not { } includesZero)
        {
            return null;
        }

        if (includesZero || Math.Abs(trend.FittedChange) < stableBelow)
        {
            return Direction.Stable;
        }

        var up = trend.Slope > 0;
        return polarity switch
        {
            Polarity.HigherIsBetter => up ? Direction.Improving : Direction.Worsening,
            Polarity.LowerIsBetter => up ? Direction.Worsening : Direction.Improving,
            _ => up ? Direction.Increasing : Direction.Decreasing,
        };
    }

    /// <summary>The machine-readable name used in analysis.json.</summary>
    public static string Name(Direction direction) => direction switch
    {
        Direction.Improving => "improving",
        Direction.Stable => "stable",
        Direction.Worsening => "worsening",
        Direction.Increasing => "increasing",
        _ => "decreasing",
    };

    /// <summary>The word the publication uses.</summary>
    public static string Norwegian(Direction direction) => direction switch
    {
        Direction.Improving => "bedre",
        Direction.Stable => "stabil",
        Direction.Worsening => "dårligere",
        Direction.Increasing => "økende",
        _ => "synkende",
    };
}

namespace AnnualReport.Analysis;

/// <summary>
/// The long-term direction of a series. Improving and worsening follow the indicator's polarity;
/// for a neutral indicator the direction is only increasing or decreasing. Stable means the change
/// is shown to be small; no clear trend means the figures cannot tell (see <see cref="DirectionRule"/>).
/// </summary>
public enum Direction
{
    Improving,
    Stable,
    Worsening,
    Increasing,
    Decreasing,
    NoClearTrend,
}

namespace AnnualReport.Analysis;

/// <summary>
/// The long-term direction of a series. Improving and worsening follow the indicator's polarity;
/// for a neutral indicator the direction is only increasing or decreasing.
/// </summary>
public enum Direction
{
    Improving,
    Stable,
    Worsening,
    Increasing,
    Decreasing,
}

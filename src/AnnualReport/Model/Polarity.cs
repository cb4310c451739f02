namespace AnnualReport.Model;

/// <summary>Which way is better for an indicator.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

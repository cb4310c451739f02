namespace AnnualReport.Analysis;

/// <summary>How the size of a gap to the reference group changed over <see cref="Model.AnalysisSettings.GapYears"/> years.</summary>
public enum GapTrend
{
    Narrowed,
    Widened,
    AboutUnchanged,
}

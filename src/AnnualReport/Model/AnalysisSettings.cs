namespace AnnualReport.Model;

/// <summary>How an indicator's long-term development is judged (the catalogue's <c>analysis:</c>).</summary>
/// <param name="TrendYears">The trend is fitted over the last this many years (default 10).</param>
/// <param name="Baseline">When set, the long change is measured since this year instead of over 10 years.</param>
/// <param name="StableBelow">A trend whose fitted change over the window is smaller than this (in the unit's terms) is stable.</param>
/// <param name="Standard">The standard composition for direct standardisation, or null.</param>
public sealed record AnalysisSettings(int TrendYears, int? Baseline, double StableBelow, StandardComposition? Standard)
{
    public static AnalysisSettings Default { get; } = new(10, null, 0, null);
}

namespace AnnualReport.Model;

/// <summary>How an indicator's long-term development is judged (the catalogue's <c>analysis:</c>).</summary>
/// <param name="TrendYears">The trend is fitted over the last this many years (default 10).</param>
/// <param name="Baseline">When set, the long change is measured since this year instead of over 10 years.</param>
/// <param name="StableBelow">
/// The threshold, in the unit's terms: a trend is stable only when the whole 95 % interval of its
/// fitted change lies within ± this, and improving or worsening only when the change is at least
/// this; a gap whose size changed by less than this is about unchanged. 0 (the default) means no
/// change is small enough to be called stable or unchanged.
/// </param>
/// <param name="Standard">The standard composition for direct standardisation, or null.</param>
/// <param name="MinPoints">The fewest years with figures in the trend window for any direction word (default 5).</param>
public sealed record AnalysisSettings(int TrendYears, int? Baseline, double StableBelow, StandardComposition? Standard, int MinPoints = AnalysisSettings.DefaultMinPoints)
{
    /// <summary>
    /// Five points: with three, the t interval has one degree of freedom (t = 12.7) and says almost
    /// nothing; five give three degrees of freedom (t = 3.18), the fewest for a usable interval.
    /// </summary>
    public const int DefaultMinPoints = 5;

    /// <summary>The window, in years, over which gaps are said to have narrowed or widened (pages, summaries and method alike).</summary>
    public const int GapYears = 10;

    public static AnalysisSettings Default { get; } = new(10, null, 0, null);
}

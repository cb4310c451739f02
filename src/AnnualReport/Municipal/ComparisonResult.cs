namespace AnnualReport.Municipal;

/// <summary>
/// One region's comparison with the rest of the country in one year: the two rates (as
/// proportions), the two-sided p-value of the two-proportion test, the p-value adjusted for the
/// other comparisons of the same region and year, and the verdict that adjusted value supports.
/// </summary>
public sealed record ComparisonResult(double Rate, double RestRate, double P, double AdjustedP, Significance Verdict);

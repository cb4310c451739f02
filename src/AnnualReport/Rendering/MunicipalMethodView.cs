namespace AnnualReport.Rendering;

/// <summary>The numbers the municipal pages' notes state, from the settings the computation uses.</summary>
/// <param name="Level">The significance level as a percentage (5 for 0.05).</param>
/// <param name="LevelDecimals">The decimals the level needs (0 for 5, 1 for 2.5).</param>
/// <param name="Method">The correction for many comparisons, as a key of <c>municipal.methods</c>.</param>
/// <param name="MinCount">A count at or below this is hidden.</param>
/// <param name="MaxIntervalWidth">An interval wider than this, in percentage points, is too uncertain.</param>
public sealed record MunicipalMethodView(double Level, int LevelDecimals, string Method, int MinCount, double MaxIntervalWidth);

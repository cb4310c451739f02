namespace AnnualReport.Rendering;

/// <summary>The numbers the method page states, taken from the settings the code uses so the page and the computation cannot disagree.</summary>
/// <param name="Thresholds">Each threshold (<c>analysis.stableBelow</c>) with the indicators that have it.</param>
/// <param name="MinPoints">The default fewest years with figures for a direction word.</param>
/// <param name="GapYears">The window over which gaps are said to have narrowed or widened.</param>
/// <param name="Comparison">How municipalities are compared with the rest of the country; null without municipal products.</param>
/// <param name="Protection">The protection width of secondary suppression, in persons.</param>
public sealed record MethodView(
    string TrendYears,
    string MinCount,
    string MaxIntervalWidth,
    string ReferenceGroup,
    IReadOnlyList<SymbolView> Symbols,
    IReadOnlyList<string> Exceptions,
    IReadOnlyList<string> Thresholds,
    string MinPoints,
    string GapYears,
    ComparisonView? Comparison,
    string Protection);

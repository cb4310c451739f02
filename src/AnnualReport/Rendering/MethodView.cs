namespace AnnualReport.Rendering;

/// <summary>The numbers the method page states, taken from the catalogue so the page and the computation cannot disagree.</summary>
public sealed record MethodView(
    string TrendYears,
    string MinCount,
    string MaxIntervalWidth,
    string ReferenceGroup,
    IReadOnlyList<SymbolView> Symbols,
    IReadOnlyList<string> Exceptions);

namespace AnnualReport.Rendering;

/// <summary>One indicator row of a fact sheet, formatted: the figures, the interval, the comparison in symbol and words, and a sparkline.</summary>
public sealed record FactRowView(
    string Indicator,
    string Group,
    string Year,
    string Value,
    string Interval,
    string County,
    string Country,
    string ComparisonGroup,
    string Adjusted,
    string SignificanceSymbol,
    string SignificanceText,
    string Sparkline);

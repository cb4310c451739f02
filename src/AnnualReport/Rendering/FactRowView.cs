namespace AnnualReport.Rendering;

/// <summary>
/// One indicator row of a fact sheet, as data: the figures, the interval, the comparison as a
/// phrase key (<c>higher</c>, <c>lower</c>, <c>not-different</c>, or empty), and a sparkline.
/// </summary>
/// <param name="Low">The interval's lower limit in whole units, when published.</param>
/// <param name="ComparisonGroup">The comparison group's figure, or null when the municipality has no group.</param>
/// <param name="Adjusted">The indirectly standardised rate, when the indicator has a standard.</param>
public sealed record FactRowView(
    string Indicator,
    string Group,
    int Year,
    int Decimals,
    CellView Value,
    double? Low,
    double? High,
    CellView County,
    CellView Country,
    CellView? ComparisonGroup,
    double? Adjusted,
    string Significance,
    TrustedHtml Sparkline);

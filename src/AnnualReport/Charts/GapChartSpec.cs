namespace AnnualReport.Charts;

/// <summary>
/// A dot pair per category: the group's value and the reference group's value, with the gap
/// between them labelled.
/// </summary>
public sealed record GapChartSpec(
    string Id,
    string Title,
    string AxisTitle,
    int Decimals,
    bool ZeroBased,
    string Group,
    string Reference,
    IReadOnlyList<GapRow> Rows);

namespace AnnualReport.Rendering;

/// <summary>A municipality's fact sheet, formatted for its template.</summary>
public sealed record FactSheetView(
    string Code,
    string Name,
    string County,
    string? ComparisonGroup,
    IReadOnlyList<string> Population,
    IReadOnlyList<string> Backgrounds,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<FactRowView> Rows,
    bool Illustrative);

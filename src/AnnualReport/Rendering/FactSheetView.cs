namespace AnnualReport.Rendering;

/// <summary>A municipality's fact sheet, as data for its template.</summary>
public sealed record FactSheetView(
    string Code,
    string Name,
    string County,
    string? ComparisonGroup,
    IReadOnlyList<PopulationView> Population,
    IReadOnlyList<SettledView> Settled,
    IReadOnlyList<BackgroundView> Backgrounds,
    IReadOnlyList<FactSentenceView> Sentences,
    IReadOnlyList<FactRowView> Rows,
    bool Illustrative);

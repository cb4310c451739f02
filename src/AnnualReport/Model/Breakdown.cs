namespace AnnualReport.Model;

/// <summary>
/// A way to break a figure down (kjønn, botid, landbakgrunn …) with its categories in the order
/// the publication shows them.
/// </summary>
public sealed record Breakdown(string Id, string Label, IReadOnlyList<BreakdownCategory> Categories, SourceSpan Where)
{
    public BreakdownCategory? FindCategory(string id) => Categories.FirstOrDefault(c => c.Id == id);
}

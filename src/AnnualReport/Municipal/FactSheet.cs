using AnnualReport.Data;

namespace AnnualReport.Municipal;

/// <summary>Everything one municipality's fact sheet shows.</summary>
/// <param name="Backgrounds">The largest country backgrounds among the municipality's immigrants: label and number.</param>
public sealed record FactSheet(
    Municipality Municipality,
    string County,
    IReadOnlyList<FactRow> Rows,
    IReadOnlyList<(string Country, double Count)> Backgrounds,
    IReadOnlyList<FactSentence> Sentences)
{
    /// <summary>Whether the municipality has new borders after a split, so figures from before are not comparable.</summary>
    public bool NewBorders { get; init; }
}

using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// Sentences generated from the statistics, in the manner of FHI's public-health profiles. Each
/// says only what <see cref="CountryComparison"/> supports (after the control for many comparisons
/// on the sheet): significantly higher or lower than the rest of the country, not significantly
/// different, or that the figure is hidden or too uncertain and why; the figure it was compared
/// with is the rest of the country's, since that is what was tested. A standardised rate gets a
/// sentence of its own.
/// </summary>
public static class FactSentences
{
    public static IReadOnlyList<FactSentence> For(FactSheet sheet)
    {
        var sentences = new List<FactSentence>();
        foreach (var row in sheet.Rows.Where(r => r.Indicator.Unit is Unit.Percent or Unit.PerThousand))
        {
            var scale = row.Indicator.Unit == Unit.Percent ? 100 : 1000;
            sentences.Add(row switch
            {
                { Municipality.Status: StatusSymbols.Confidential } => new(FactSentenceKind.Confidential, row),
                { Municipality: { Value: null, Status: StatusSymbols.NotAvailable } } => new(FactSentenceKind.Uncertain, row),
                { Municipality: { Value: null, Status: StatusSymbols.NotApplicable } } when sheet.NewBorders => new(FactSentenceKind.NewBorders, row),
                { Municipality: { Value: null, Status: StatusSymbols.NotApplicable } } => new(FactSentenceKind.NotApplicable, row),
                { Municipality.Value: null } or { Municipality: null } => new(FactSentenceKind.Missing, row),
                { Comparison: { Verdict: Significance.Higher } c } => new(FactSentenceKind.Higher, row, c.RestRate * scale),
                { Comparison: { Verdict: Significance.Lower } c } => new(FactSentenceKind.Lower, row, c.RestRate * scale),
                { Comparison.Verdict: Significance.NotDifferent } => new(FactSentenceKind.NotDifferent, row),
                _ => new(FactSentenceKind.Value, row),
            });
            if (row.Adjusted is not null && row.Municipality?.Value is not null && row.Indicator.Analysis.Standard is not null)
            {
                // Indirect standardisation: the country's rates applied to the municipality's own make-up.
                sentences.Add(new(FactSentenceKind.Adjusted, row));
            }
        }

        return sentences;
    }
}

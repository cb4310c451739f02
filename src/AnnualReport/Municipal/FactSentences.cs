using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// Sentences generated from the statistics, in the manner of FHI's public-health profiles. Each
/// says only what <see cref="CountryComparison"/> supports (after the control for many comparisons
/// on the sheet): significantly higher or lower than the rest of the country, not significantly
/// different, or that the figure is hidden or too uncertain and why; the figure it was compared
/// with is the rest of the country's, since that is what was tested.
/// </summary>
public static class FactSentences
{
    public static IReadOnlyList<string> For(IndicatorCatalogue catalogue, FactSheet sheet)
    {
        var numbers = new NumberText(catalogue.Edition.Culture);
        var name = sheet.Municipality.Name;
        var sentences = new List<string>();
        foreach (var row in sheet.Rows.Where(r => r.Indicator.Unit is Unit.Percent or Unit.PerThousand))
        {
            var subject = $"Andelen {Lower(row.Indicator.Title, catalogue)}";
            var group = catalogue.FindGroup(row.Group)!.Label.ToLower(catalogue.Edition.Culture);
            if (row.Indicator.Groups.Count > 1)
            {
                subject += $" ({group})";
            }

            string Value(Observation o) => Rate(o.Value!.Value);
            string Rate(double value) => numbers.Value(value, row.Indicator.Decimals) + NumberText.ValueSuffix(row.Indicator.Unit);
            var scale = row.Indicator.Unit == Unit.Percent ? 100 : 1000;
            sentences.Add(row switch
            {
                { Municipality.Status: StatusSymbols.Confidential } => $"{subject} i {name} vises ikke fordi tallene bygger på for få personer (:).",
                { Municipality: { Value: null, Status: StatusSymbols.NotAvailable } } => $"{subject} i {name} er for usikker til å vises (..).",
                { Municipality: { Value: null, Status: StatusSymbols.NotApplicable } } when sheet.NewBorders => $"{subject} i {name} i {row.Year} vises ikke (.): kommunen har fått nye grenser, og tallene fra før endringen kan ikke fordeles på den uten å gjette.",
                { Municipality: { Value: null, Status: StatusSymbols.NotApplicable } } => $"{subject} i {name} kan ikke beregnes for {row.Year} (.): ingen i {group} der.",
                { Municipality.Value: null } or { Municipality: null } => $"Det finnes ingen tall for {Lower(row.Indicator.Title, catalogue)} i {name} i {row.Year}.",
                { Comparison: { Verdict: Significance.Higher } c } => $"{subject} i {name} er signifikant høyere enn i resten av landet ({Value(row.Municipality)} mot {Rate(c.RestRate * scale)}).",
                { Comparison: { Verdict: Significance.Lower } c } => $"{subject} i {name} er signifikant lavere enn i resten av landet ({Value(row.Municipality)} mot {Rate(c.RestRate * scale)}).",
                { Comparison.Verdict: Significance.NotDifferent } => $"{subject} i {name} ({Value(row.Municipality)}) er ikke signifikant forskjellig fra resten av landet.",
                _ => $"{subject} i {name} var {Value(row.Municipality)} i {row.Year}.",
            });
            if (row.Adjusted is { } adjusted && row.Municipality?.Value is not null && row.Indicator.Analysis.Standard is { } standard)
            {
                // Indirect standardisation: the country's rates applied to the municipality's own make-up.
                var by = catalogue.FindBreakdown(standard.Breakdown)!.Label.ToLower(catalogue.Edition.Culture);
                sentences.Add($"Indirekte standardisert for {by} er andelen {Rate(adjusted.Rate)}: landets andel ganget med forholdet mellom observert og forventet antall i {name} ({numbers.Value(adjusted.ObservedOverExpected, 3)}), der forventet antall er det landets andel i hver gruppe etter {by} ville gitt med kommunens egen sammensetning.");
            }
        }

        return sentences;
    }

    private static string Lower(string title, IndicatorCatalogue catalogue) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLower(title[0], catalogue.Edition.Culture) + title[1..] : title;
}

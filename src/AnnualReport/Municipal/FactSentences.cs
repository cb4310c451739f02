using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>
/// Sentences generated from the statistics, in the manner of FHI's public-health profiles. Each
/// says only what the test supports: significantly higher or lower than the country, not
/// significantly different, or that the figure is hidden or too uncertain and why.
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

            string Value(Observation o) => numbers.Value(o.Value!.Value, row.Indicator.Decimals) + NumberText.ValueSuffix(row.Indicator.Unit);
            sentences.Add(row switch
            {
                { Municipality.Status: StatusSymbols.Confidential } => $"{subject} i {name} vises ikke fordi tallene bygger på for få personer (:).",
                { Municipality: { Value: null, Status: StatusSymbols.NotAvailable } } => $"{subject} i {name} er for usikker til å vises (..).",
                { Municipality: { Value: null, Status: StatusSymbols.NotApplicable } } when sheet.NewBorders => $"{subject} i {name} i {row.Year} vises ikke (.): kommunen har fått nye grenser, og tallene fra før endringen kan ikke fordeles på den uten å gjette.",
                { Municipality: { Value: null, Status: StatusSymbols.NotApplicable } } => $"{subject} i {name} kan ikke beregnes for {row.Year} (.): ingen i {group} der.",
                { Municipality.Value: null } or { Municipality: null } => $"Det finnes ingen tall for {Lower(row.Indicator.Title, catalogue)} i {name} i {row.Year}.",
                { Significance: Significance.Higher, Country: { } c } => $"{subject} i {name} er signifikant høyere enn i landet ({Value(row.Municipality)} mot {Value(c)}).",
                { Significance: Significance.Lower, Country: { } c } => $"{subject} i {name} er signifikant lavere enn i landet ({Value(row.Municipality)} mot {Value(c)}).",
                { Significance: Significance.NotDifferent } => $"{subject} i {name} ({Value(row.Municipality)}) er ikke signifikant forskjellig fra landet.",
                _ => $"{subject} i {name} var {Value(row.Municipality)} i {row.Year}.",
            });
            if (row.Adjusted is { } adjusted && row.Municipality?.Value is not null && row.Indicator.Analysis.Standard is { } standard)
            {
                var by = catalogue.FindBreakdown(standard.Breakdown)!.Label.ToLower(catalogue.Edition.Culture);
                sentences.Add($"Justert for {by}, slik at {name} får samme sammensetning som landet, ville andelen vært {numbers.Value(adjusted, row.Indicator.Decimals)}{NumberText.ValueSuffix(row.Indicator.Unit)}.");
            }
        }

        return sentences;
    }

    private static string Lower(string title, IndicatorCatalogue catalogue) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLower(title[0], catalogue.Edition.Culture) + title[1..] : title;
}

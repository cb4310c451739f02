using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

public sealed class FactSheetTests(MunicipalFixture sample) : IClassFixture<MunicipalFixture>
{
    [Fact]
    public void Sentences_state_only_what_the_test_supports()
    {
        foreach (var sheet in sample.Analysis.FactSheets())
        {
            foreach (var row in sheet.Rows.Where(r => r.Indicator.Unit == Unit.Percent))
            {
                var title = row.Indicator.Title;
                var sentence = sheet.Sentences.First(s => s.Contains(char.ToLowerInvariant(title[0]) + title[1..], StringComparison.Ordinal) && !s.StartsWith("Indirekte standardisert", StringComparison.Ordinal)
                    && (row.Indicator.Groups.Count == 1 || s.Contains($"({sample.Catalogue.FindGroup(row.Group)!.Label.ToLowerInvariant()})", StringComparison.Ordinal)));
                var expected = row switch
                {
                    { Municipality.Status: ":" } => "vises ikke fordi tallene bygger på for få personer",
                    { Municipality: { Value: null, Status: ".." } } => "for usikker til å vises",
                    { Municipality: { Value: null, Status: "." } } when sheet.NewBorders => "kommunen har fått nye grenser",
                    { Municipality: { Value: null, Status: "." } } => "kan ikke beregnes",
                    { Municipality.Value: null } or { Municipality: null } => "Det finnes ingen tall",
                    { Significance: Significance.Higher } => "signifikant høyere enn i resten av landet",
                    { Significance: Significance.Lower } => "signifikant lavere enn i resten av landet",
                    { Significance: Significance.NotDifferent } => "ikke signifikant forskjellig fra resten av landet",
                    _ => $"var ",
                };
                Assert.Contains(expected, sentence);
                Assert.Contains(sheet.Municipality.Name, sentence);
            }
        }
    }

    [Fact]
    public void The_adjusted_rate_is_the_country_rate_times_observed_over_expected()
    {
        // Worked from the data file itself: Drammen is 3005 there (the 2020–2023 classification).
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "content", "2025", "data", "kommuner", "sysselsetting.csv"));
        var header = lines[0].Split(',').ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).Where(r => r[0] == "2023").ToList();
        double Count(string region, string botid, string column) =>
            double.Parse(rows.Single(r => r[header.IndexOf("region")] == region && r[header.IndexOf("botid")] == botid)[header.IndexOf(column)], System.Globalization.CultureInfo.InvariantCulture);
        string[] categories = ["0-4", "5-9", "10+"];
        var observed = categories.Sum(k => Count("3005", k, "numerator"));
        var expected = categories.Sum(k => Count("3005", k, "denominator") * Count("0", k, "numerator") / Count("0", k, "denominator"));
        var country = categories.Sum(k => Count("0", k, "numerator")) / categories.Sum(k => Count("0", k, "denominator")) * 100;

        var drammen = sample.Analysis.FactSheet(sample.Analysis.Geography.Find("3301")!).Rows.Single(r => r.Indicator.Id == "kSysselsetting");

        Assert.Equal(observed / expected * country, drammen.Adjusted!.Rate, 9);
        Assert.Equal(observed / expected, drammen.Adjusted.ObservedOverExpected, 9);
        var sentence = Assert.Single(sample.Analysis.FactSheet(sample.Analysis.Geography.Find("3301")!).Sentences, s => s.StartsWith("Indirekte standardisert for botid", StringComparison.Ordinal));
        // It names the method and says what it is, never the direct standardisation's "same composition as the country".
        Assert.Contains("observert og forventet", sentence);
        Assert.DoesNotContain("samme sammensetning som landet", sentence);
    }

    [Fact]
    public void Drammen_has_population_backgrounds_county_and_comparison_group()
    {
        var drammen = sample.Analysis.FactSheet(sample.Analysis.Geography.Find("3301")!);

        Assert.Equal("Buskerud", drammen.County);
        Assert.Equal(3, drammen.Backgrounds.Count);
        var employment = drammen.Rows.Single(r => r.Indicator.Id == "kSysselsetting");
        Assert.NotNull(employment.County?.Value);
        Assert.NotNull(employment.Country?.Value);
        Assert.NotNull(employment.ComparisonGroup);
        Assert.Equal(5, employment.History.Count);
    }
}

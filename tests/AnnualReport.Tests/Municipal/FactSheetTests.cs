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
                var sentence = Assert.Single(sheet.Sentences, s => s.Row == row && s.Kind != FactSentenceKind.Adjusted);
                var expected = row switch
                {
                    { Municipality.Status: ":" } => FactSentenceKind.Confidential,
                    { Municipality: { Value: null, Status: ".." } } => FactSentenceKind.Uncertain,
                    { Municipality: { Value: null, Status: "." } } when sheet.NewBorders => FactSentenceKind.NewBorders,
                    { Municipality: { Value: null, Status: "." } } => FactSentenceKind.NotApplicable,
                    { Municipality.Value: null } or { Municipality: null } => FactSentenceKind.Missing,
                    { Significance: Significance.Higher } => FactSentenceKind.Higher,
                    { Significance: Significance.Lower } => FactSentenceKind.Lower,
                    { Significance: Significance.NotDifferent } => FactSentenceKind.NotDifferent,
                    _ => FactSentenceKind.Value,
                };
                Assert.Equal(expected, sentence.Kind);

                // A difference is stated with the rest of the country's rate, the figure it was tested against.
                Assert.Equal(expected is FactSentenceKind.Higher or FactSentenceKind.Lower ? row.Comparison!.RestRate * 100 : null, sentence.Rest);
            }
        }
    }

    [Fact]
    public void The_adjusted_rate_is_the_country_rate_times_observed_over_expected()
    {
        // Worked from the data file itself: Drammen is 3005 there (the 2020–2023 classification).
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.SampleEdition, "data", "kommuner", "sysselsetting.csv"));
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
        Assert.Single(sample.Analysis.FactSheet(sample.Analysis.Geography.Find("3301")!).Sentences, s => s.Kind == FactSentenceKind.Adjusted && s.Row == drammen);
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

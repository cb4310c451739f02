using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

public sealed class FactSheetTests(MunicipalFixture sample) : IClassFixture<MunicipalFixture>
{
    private static Observation Cell(double? value, double? low, double? high, string? status = null) =>
        new(2023, "imm", value, status, Provenance.Published, TestIndicators.Nowhere, Low: low, High: high);

    [Theory]
    [InlineData(60, 55, 65, 70, Significance.Lower)]
    [InlineData(60, 55, 65, 50, Significance.Higher)]
    [InlineData(60, 55, 65, 64.9, Significance.NotDifferent)]
    [InlineData(60, 55, 65, 55, Significance.NotDifferent)]
    public void Significance_is_the_country_outside_the_municipality_interval(double value, double low, double high, double country, Significance expected)
    {
        Assert.Equal(expected, MunicipalAnalysis.Compare(Cell(value, low, high), Cell(country, null, null)));
    }

    [Fact]
    public void Without_an_interval_nothing_is_said_about_significance()
    {
        Assert.Null(MunicipalAnalysis.Compare(Cell(null, null, null, ":"), Cell(60, null, null)));
        Assert.Null(MunicipalAnalysis.Compare(Cell(60, null, null), Cell(60, null, null)));
    }

    [Fact]
    public void Sentences_state_only_what_the_test_supports()
    {
        foreach (var sheet in sample.Analysis.FactSheets())
        {
            foreach (var row in sheet.Rows.Where(r => r.Indicator.Unit == Unit.Percent))
            {
                var title = row.Indicator.Title;
                var sentence = sheet.Sentences.First(s => s.Contains(char.ToLowerInvariant(title[0]) + title[1..], StringComparison.Ordinal) && !s.StartsWith("Justert", StringComparison.Ordinal)
                    && (row.Indicator.Groups.Count == 1 || s.Contains($"({sample.Catalogue.FindGroup(row.Group)!.Label.ToLowerInvariant()})", StringComparison.Ordinal)));
                var expected = row switch
                {
                    { Municipality.Status: ":" } => "vises ikke fordi tallene bygger på for få personer",
                    { Municipality: { Value: null, Status: ".." } } => "for usikker til å vises",
                    { Municipality: { Value: null, Status: "." } } when sheet.NewBorders => "kommunen har fått nye grenser",
                    { Municipality: { Value: null, Status: "." } } => "kan ikke beregnes",
                    { Municipality.Value: null } or { Municipality: null } => "Det finnes ingen tall",
                    { Significance: Significance.Higher } => "signifikant høyere enn i landet",
                    { Significance: Significance.Lower } => "signifikant lavere enn i landet",
                    { Significance: Significance.NotDifferent } => "ikke signifikant forskjellig fra landet",
                    _ => $" var ",
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

        Assert.Equal(observed / expected * country, drammen.Adjusted!.Value, 9);
        Assert.Contains(sample.Analysis.FactSheet(sample.Analysis.Geography.Find("3301")!).Sentences, s => s.StartsWith("Justert for botid", StringComparison.Ordinal));
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

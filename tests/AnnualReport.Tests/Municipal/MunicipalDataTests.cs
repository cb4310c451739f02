using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

public sealed class MunicipalDataTests(MunicipalFixture sample) : IClassFixture<MunicipalFixture>
{
    private Series Raw(string indicator, string? breakdown, string? category) =>
        sample.Data.Indicators.Single(d => d.Indicator.Id == indicator).Series.Single(s => s.Breakdown == breakdown && s.Category == category);

    /// <summary>The numerator and denominator of a region's total in the sample's employment file, read by column name.</summary>
    private static (double Numerator, double Denominator) Total(string year, string region)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.SampleEdition, "data", "kommuner", "sysselsetting.csv"));
        var header = lines[0].Split(',').ToList();
        var row = lines.Skip(1).Select(l => l.Split(',')).Single(r => r[0] == year && r[header.IndexOf("region")] == region && r[header.IndexOf("botid")] == "alle");
        return (double.Parse(row[header.IndexOf("numerator")], System.Globalization.CultureInfo.InvariantCulture), double.Parse(row[header.IndexOf("denominator")], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void All_357_municipalities_and_15_counties_of_the_classification_are_read()
    {
        Assert.Empty(sample.Diagnostics);
        Assert.Equal(357, sample.Data.Geography.Municipalities.Count);
        Assert.Equal(15, sample.Data.Geography.Counties.Count);
        Assert.Equal("Troms", sample.Data.Geography.CountyName("55"));
        var employment = sample.Data.Indicators.Single(d => d.Indicator.Id == "kSysselsetting");
        Assert.Equal(357, employment.Series.Count(s => s.Breakdown?.StartsWith("fylke-", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Renumbered_municipalities_get_their_old_codes_figures()
    {
        // The data has Drammen under 3005 (2020–2023 classification); the fact sheet is 3301.
        var drammen = Raw("kSysselsetting", MunicipalData.CountyBreakdown("33"), "3301");
        var row = Total("2023", "3005");

        Assert.Equal(row.Numerator, drammen.Observations.Single(o => o.Year == 2023).Numerator);
    }

    [Fact]
    public void A_split_municipality_gets_no_guessed_share_of_its_old_figures()
    {
        var (n, d) = Total("2023", "1507");

        var alesund = Raw("kSysselsetting", MunicipalData.CountyBreakdown("15"), "1508").Observations.Single(o => o.Year == 2023);
        var haram = Raw("kSysselsetting", MunicipalData.CountyBreakdown("15"), "1580").Observations.Single(o => o.Year == 2023);

        // Before the split there are no figures on the new borders: not comparable, not invented.
        foreach (var part in new[] { alesund, haram })
        {
            Assert.Null(part.Value);
            Assert.Null(part.Numerator);
            Assert.Equal(StatusSymbols.NotApplicable, part.Status);
        }

        // The old code's figure is kept apart, whole, in its county.
        var old = sample.Data.SplitCells["kSysselsetting"].Single(c => c.Code == "1507" && c.Year == 2023 && c.Group == "innvandrere");
        Assert.Equal("15", old.CountyCode);
        Assert.Equal((n, d), (old.Observation.Numerator!.Value, old.Observation.Denominator!.Value));
    }

    [Fact]
    public void A_code_that_is_no_region_is_unknown_region_once()
    {
        using var temp = new TempDirectory();
        var settings = sample.Catalogue.Municipalities!;
        var content = RepositoryPaths.SampleEdition;
        foreach (var file in new[] { settings.Classification, settings.Changes!, settings.ComparisonGroups! })
        {
            temp.File(file, File.ReadAllText(Path.Combine(content, file)));
        }

        foreach (var indicator in settings.Indicators)
        {
            var text = File.ReadAllText(Path.Combine(content, indicator.Data.File));
            temp.File(indicator.Data.File, indicator.Id == "kSysselsetting" ? text + "2023,9999,innvandrere,alle,5,10,\n2022,9999,innvandrere,alle,5,10,\n" : text);
        }

        var diagnostics = new List<Diagnostic>();
        MunicipalDataLoader.Load(sample.Catalogue with { Municipalities = settings with { CountryBackgrounds = null } }, EditionFiles.For(temp.Path), diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("unknown-region", diagnostic.Code);
        Assert.Contains("9999", diagnostic.Message);
    }

    [Fact]
    public void No_hidden_municipality_is_alone_in_its_county()
    {
        foreach (var data in sample.Analysis.Published)
        {
            foreach (var county in data.Series.Where(s => s.Breakdown?.StartsWith("fylke-", StringComparison.Ordinal) == true).GroupBy(s => (s.GroupId, s.Breakdown)))
            {
                foreach (var year in county.SelectMany(s => s.Observations).Select(o => o.Year).Distinct())
                {
                    var hidden = county.Count(s => s.Observations.FirstOrDefault(o => o.Year == year)?.Status is StatusSymbols.Confidential or StatusSymbols.NotAvailable);
                    Assert.True(hidden != 1, $"{data.Indicator.Id} {county.Key} {year}: exactly one hidden municipality");
                }
            }
        }

        var intro = sample.Analysis.Published.Single(d => d.Indicator.Id == "kIntro");
        Assert.Contains(intro.Series.SelectMany(s => s.Observations), o => o.Status == StatusSymbols.Confidential);
        Assert.All(intro.Series.SelectMany(s => s.Observations).Where(o => o.Status == StatusSymbols.Confidential), o => Assert.Null(o.Numerator));
    }
}

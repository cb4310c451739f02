using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Analysis;

/// <summary>Indicators about one population (<c>groups: none</c>) and surveys in irregular years (<c>frequency: irregular</c>).</summary>
public sealed class PopulationAndSurveyTests
{
    private static string Catalogue(string lines) =>
        EditionFixture.Catalogue.Replace("    breakdowns: [sex]\n", lines, StringComparison.Ordinal);

    [Fact]
    public void An_indicator_about_one_population_has_one_series_and_no_gap()
    {
        using var edition = new EditionFixture(Catalogue("    groups: none\n    population: Firms\n"));
        edition.Data("employment.csv", "year,value\n2023,60\n2024,62\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var result = Assert.Single(report.Analysis!.Indicators);
        var series = Assert.Single(result.Series);
        Assert.Equal("Firms", series.Group.Label);
        Assert.True(series.Group.IsPopulation);
        Assert.Null(series.Gap);
        Assert.Equal("one-population", series.Why["gap"].Key);
        Assert.Equal(2, series.Change1);
    }

    [Fact]
    public void A_survey_in_irregular_years_compares_with_the_previous_survey_and_misses_no_year()
    {
        using var edition = new EditionFixture(Catalogue("    frequency: irregular\n"));
        edition.Data("employment.csv", "year,group,value\n2008,imm,50\n2016,imm,55\n2023,imm,58\n2008,rest,70\n2016,rest,71\n2023,rest,72\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "missing-year");
        var imm = report.Analysis!.Indicators.Single().Series.First(s => s.Series.GroupId == "imm");
        Assert.Equal((3.0, 2016), (imm.Change1!.Value, imm.Change1Since!.Value));
        Assert.Equal("no-survey", imm.Why["change5"].Key);
    }

    [Fact]
    public void A_regular_series_with_the_same_gaps_misses_years()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", "year,group,value\n2008,imm,50\n2016,imm,55\n2023,imm,58\n");

        Assert.Contains(edition.Validate().Diagnostics, d => d.Code == "missing-year");
    }

    [Fact]
    public void A_frequency_other_than_regular_or_irregular_is_wrong_type()
    {
        using var edition = new EditionFixture(Catalogue("    frequency: sometimes\n"));
        edition.Data("employment.csv", "year,group,value\n2023,imm,50\n");

        Assert.Single(edition.Validate().Diagnostics, d => d.Code == "wrong-type");
    }
}

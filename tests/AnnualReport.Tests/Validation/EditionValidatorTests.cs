using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Validation;

public sealed class EditionValidatorTests
{
    private const string Header = "year,group,sex,value,status,provenance\n";

    private static string Years(string group, int from, int to, double value = 60) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(y => $"{y},{group},alle,{value},,\n"));

    [Fact]
    public void The_sample_edition_has_no_errors_and_only_illustrative_warnings()
    {
        var report = AnnualReport.Validation.EditionLoader.Load(new BuildOptions(RepositoryPaths.Catalogue));

        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        Assert.All(report.Warnings, w => Assert.Equal("illustrative-data", w.Code));
        Assert.True(report.Catalogue!.Indicators.Count >= 24);
    }

    [Fact]
    public void A_percentage_of_130_is_impossible_value_at_its_line()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + Years("imm", 2020, 2023) + "2024,imm,alle,130,,\n");

        var diagnostic = edition.Single("impossible-value");

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(6, diagnostic.Where.Line);
    }

    [Fact]
    public void A_year_missing_inside_a_series_is_a_warning_that_names_it()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + Years("imm", 2018, 2020) + Years("imm", 2022, 2024));

        var diagnostic = edition.Single("missing-year");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("2021", diagnostic.Message);
        Assert.False(edition.Validate().HasErrors);
    }

    [Fact]
    public void Years_between_observations_of_a_periodic_indicator_are_not_missing()
    {
        var catalogue = EditionFixture.Catalogue.Replace("    provenance: published", "    interval: 4\n    provenance: published", StringComparison.Ordinal);
        using var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", Header + "2017,imm,alle,55,,\n2021,imm,alle,50,,\n");

        Assert.DoesNotContain(edition.Validate().Diagnostics, d => d.Code is "missing-year" or "old-data");
    }

    [Fact]
    public void Figures_older_than_the_edition_should_have_are_old_data()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + Years("imm", 2018, 2021));

        var diagnostic = edition.Single("old-data");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("2021", diagnostic.Message);
        Assert.Contains("2023", diagnostic.Message);
    }

    [Fact]
    public void Illustrative_figures_are_a_warning_unless_the_build_is_a_draft()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + Years("imm", 2020, 2023) + "2024,imm,alle,61,,illustrative\n");

        var diagnostic = edition.Single("illustrative-data");

        Assert.Equal(6, diagnostic.Where.Line);
        Assert.DoesNotContain(edition.Validate(draft: true).Diagnostics, d => d.Code == "illustrative-data");
    }

    [Fact]
    public void Catalogue_and_data_problems_are_reported_in_one_run()
    {
        var catalogue = EditionFixture.Catalogue.Replace("    unit: percent\n", "    unit: percent\n    colour: red\n", StringComparison.Ordinal);
        using var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", Header + "2024,imm,alle,\"6,5\",,\n");

        var codes = edition.Validate().Diagnostics.Select(d => d.Code).ToList();

        Assert.Contains("unknown-key", codes);
        Assert.Contains("bad-number", codes);
    }
}

using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

/// <summary>
/// Municipal figures are checked by <c>validate</c> as the national ones are, so nothing that
/// would stop (or crash) <c>municipalities</c> gets through.
/// </summary>
public sealed class MunicipalValidationTests
{
    private const string Employment = "data/kommuner/sysselsetting.csv";

    [Fact]
    public void An_unknown_group_in_municipal_figures_is_unknown_group_at_its_line()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Employment, "2023,0301,romvesener,alle,5,10,\n");

        var report = edition.Validate();

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("unknown-group", diagnostic.Code);

        Assert.Equal((MunicipalEdition.Display(Employment), line), (diagnostic.Where.File, diagnostic.Where.Line));
        Assert.Contains("romvesener", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_category_of_the_standard_is_unknown_category()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Employment, "2023,0301,innvandrere,99-100,5,10,\n");

        var diagnostic = edition.Single("unknown-category");

        Assert.Equal(line, diagnostic.Where.Line);
        Assert.Contains("99-100", diagnostic.Message);
    }

    [Fact]
    public void A_time_code_that_is_no_year_is_bad_year()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Employment, "20x3,0301,innvandrere,alle,5,10,\n");

        Assert.Equal(line, edition.Single("bad-year").Where.Line);
    }

    [Fact]
    public void A_quarter_without_a_picked_period_is_sub_annual_period_not_its_year()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Employment, "2023K4,0301,innvandrere,alle,5,10,\n");

        Assert.Equal(line, edition.Single("sub-annual-period").Where.Line);
    }

    [Fact]
    public void A_figure_under_both_the_old_and_the_new_code_is_duplicate_observation()
    {
        // The data has Drammen's 2023 figures under 3005, which the changes file moves to 3301.
        using var edition = new MunicipalEdition();
        var line = edition.Append(Employment, "2023,3301,innvandrere,alle,5,10,\n");

        var diagnostic = edition.Single("duplicate-observation");

        Assert.Equal(line, diagnostic.Where.Line);
        Assert.Contains("3005", diagnostic.Message);
    }

    [Fact]
    public void The_same_year_coded_twice_is_duplicate_observation()
    {
        // A span is read as its last year; a quarter no longer is (sub-annual-period).
        using var edition = new MunicipalEdition();
        edition.Append(Employment, "2021-2023,0301,innvandrere,alle,5,10,\n");

        Assert.Equal("duplicate-observation", edition.Single("duplicate-observation").Code);
    }

    [Fact]
    public void A_rate_merged_from_old_codes_without_counts_is_missing_value()
    {
        // 3005 and a second old code both move to 3301: a share can only be combined from counts.
        using var edition = new MunicipalEdition();
        edition.Append("geography/endringer-2024.csv", "3006,3301,1.0\n");
        var line = edition.Append("data/kommuner/innvandrerandel.csv", "2023,3006,innvandrere,,,40\n");

        var diagnostic = edition.Single("missing-value");

        Assert.Equal(line, diagnostic.Where.Line);
        Assert.Contains("3301", diagnostic.Message);
    }

    [Fact]
    public void Counts_of_old_codes_merged_into_one_add_up()
    {
        using var sample = new MunicipalEdition();
        using var edition = new MunicipalEdition();
        edition.Append("geography/endringer-2024.csv", "3006,3301,1.0\n");
        edition.Append("data/kommuner/bosatte.csv", "2023,3006,innvandrere,7\n");

        Assert.Equal(Drammen2023(sample, "kBosatte") + 7, Drammen2023(edition, "kBosatte"));
    }

    private static double? Drammen2023(MunicipalEdition edition, string indicator) =>
        edition.LoadMunicipal().Indicators.Single(d => d.Indicator.Id == indicator).Series
            .Single(s => s.Category == "3301").Observations.Single(o => o.Year == 2023).Value;

    [Fact]
    public void A_municipal_percentage_of_130_is_impossible_value()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append("data/kommuner/innvandrerandel.csv", "2024,0301,innvandrere,,,130\n");

        var diagnostic = edition.Single("impossible-value");

        Assert.Equal(new SourceSpan(MunicipalEdition.Display("data/kommuner/innvandrerandel.csv"), line, 25), diagnostic.Where);
    }

    [Fact]
    public void A_negative_municipal_count_is_impossible_value()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append("data/kommuner/bosatte.csv", "2024,0301,innvandrere,-5\n");

        Assert.Equal(line, edition.Single("impossible-value").Where.Line);
    }

    [Fact]
    public void A_country_background_listed_for_two_years_is_duplicate_observation()
    {
        using var edition = new MunicipalEdition();
        edition.Append("data/kommuner/landbakgrunn.csv", "2024,0301,innvandrere,polen,10900\n");

        Assert.Contains("polen", edition.Single("duplicate-observation").Message);
    }

    [Fact]
    public void A_quarter_in_the_country_background_file_is_sub_annual_period_at_its_place()
    {
        using var edition = new MunicipalEdition();
        edition.Replace("data/kommuner/landbakgrunn.csv", "2023,0301,innvandrere,polen,10836\n", "2023K4,0301,innvandrere,polen,10836\n");

        var diagnostic = edition.Single("sub-annual-period");

        Assert.Equal((MunicipalEdition.Display("data/kommuner/landbakgrunn.csv"), 2, 1), (diagnostic.Where.File, diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("2023K4", diagnostic.Message);
    }

    [Fact]
    public void Municipalities_stops_with_exit_2_on_an_unknown_group_instead_of_crashing()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Employment, "2023,0301,romvesener,alle,5,10,\n");

        var result = ProcessRunner.AnnualReport(["municipalities", "--no-pdf", "--only", "0301", "--catalogue", edition.CataloguePath, "--out", Path.Combine(edition.Root, "out")], edition.Root);

        Assert.True(result.ExitCode == 2, result.Stderr);
        Assert.Contains($"sysselsetting.csv({line},", result.Stderr);
        Assert.Contains("error unknown-group", result.Stderr);
    }

    [Fact]
    public void Only_with_a_path_instead_of_a_code_is_unknown_region()
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(["municipalities", "--no-pdf", "--only", "../x", "--out", Path.Combine(temp.Path, "out")], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 2, result.Stderr);
        Assert.Contains("error unknown-region", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }
}

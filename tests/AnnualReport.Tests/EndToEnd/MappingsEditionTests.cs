using System.Text.RegularExpressions;
using AnnualReport.Model;
using AnnualReport.Tests.Support;
using AnnualReport.Validation;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// Issue 18's third "done when": an edition using 4 of the 30 countries of a PX table, a quarterly
/// series, an indicator without comparison groups (and a survey in irregular years, a breakdown
/// without a total) loads, validates and is analysed with no placeholder group and no error.
/// </summary>
public sealed class MappingsEditionTests
{
    private static readonly Lazy<ValidationReport> Report = new(() =>
        EditionLoader.Load(new BuildOptions(RepositoryPaths.FixtureCatalogue("mappings")) { Draft = true, TemplateDirectory = RepositoryPaths.Templates }));

    private static IndicatorData Data(string id) => Report.Value.Data.Single(d => d.Indicator.Id == id);

    [Fact]
    public void The_edition_validates_with_no_error_and_no_placeholder_group()
    {
        var report = Report.Value;

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(["incomplete-year"], report.Warnings.Select(w => w.Code).Where(c => c != "illustrative-data"));
        Assert.Equal(["norge", "sverige", "danmark", "finland", "foretak-population"], report.Catalogue!.Groups.Select(g => g.Id));
    }

    [Fact]
    public void Four_of_thirty_countries_are_used_and_the_other_26_are_listed_as_ignored()
    {
        var data = Data("sysselsetting");

        Assert.Equal(12, data.Series.Count);
        Assert.Equal(["danmark", "finland", "norge", "sverige"], data.Series.Select(s => s.GroupId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(26, data.Ignored.Count);
        Assert.All(data.Ignored, i => Assert.Equal("land", i.Dimension));
        Assert.DoesNotContain(data.Ignored, i => i.Code is "NO" or "SE" or "DK" or "FI");
    }

    [Fact]
    public void The_quarterly_series_is_averaged_over_complete_years()
    {
        var norway = Data("ledighet").Series.Single(s => s.GroupId == "norge");

        Assert.Equal([2019, 2020, 2021, 2022, 2023], norway.Observations.Select(o => o.Year));
        Assert.Equal(6.2, norway.Observations[0].Value!.Value, 6);
    }

    [Fact]
    public void The_indicator_about_firms_is_one_series_without_a_gap()
    {
        var result = Report.Value.Analysis!.Indicators.Single(r => r.Indicator.Id == "foretak");

        var series = Assert.Single(result.Series);
        Assert.Equal("Nye foretak", series.Group.Label);
        Assert.Null(series.Gap);
    }

    [Fact]
    public void The_survey_compares_with_the_previous_survey()
    {
        var norway = Report.Value.Analysis!.Indicators.Single(r => r.Indicator.Id == "tillit").Series.Single(s => s.Series.GroupId == "norge");

        Assert.Equal((3.5, 2016), (norway.Change1!.Value, norway.Change1Since!.Value));
    }

    [Fact]
    public void The_breakdown_without_a_total_charts_its_categories()
    {
        Assert.Equal(
            [("norge", "menn"), ("norge", "kvinner"), ("sverige", "menn"), ("sverige", "kvinner")],
            Data("deltid").MainSeries().Select(s => (s.GroupId, s.Category!)));
    }

    [Fact]
    public void Validate_verbose_lists_the_ignored_codes()
    {
        var result = ProcessRunner.AnnualReport(["validate", "--catalogue", RepositoryPaths.FixtureCatalogue("mappings"), "--templates", RepositoryPaths.Templates, "--draft", "--verbose", "--ui-language", "en"], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches(new Regex(@"sysselsetting \(data/sysselsetting-land\.px\): 26 codes of land ignored: AT, BE, BG, CH, .*SK"), result.Stdout);
    }
}

using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>The statistical rules' settings in the catalogue: minPoints per indicator and municipalities.comparison.</summary>
public sealed class StatisticalSettingsTests
{
    private static readonly string Sample = File.ReadAllText(RepositoryPaths.Catalogue);

    private static IndicatorCatalogue Load(string text, TempDirectory temp) => CatalogueLoader.Load(temp.File("indicators.yaml", text));

    [Fact]
    public void Defaults_are_five_points_and_benjamini_hochberg_at_five_percent()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);

        Assert.All(catalogue.Indicators, i => Assert.Equal(AnalysisSettings.DefaultMinPoints, i.Analysis.MinPoints));
        Assert.Equal(1, catalogue.Indicators.Single(i => i.Id == "sysselsetting").Analysis.StableBelow);
        Assert.Equal(new ComparisonSettings(0.05, MultipleTesting.BenjaminiHochberg), catalogue.Municipalities!.Comparison);
    }

    [Fact]
    public void The_catalogue_can_set_them()
    {
        using var temp = new TempDirectory();
        var text = CatalogueText.Replace(Sample, "  countyPrefix: f\n", "  countyPrefix: f\n  comparison: { level: 0.01, method: bonferroni }\n");
        text = CatalogueText.Replace(text, "      stableBelow: 1\n      standardise:", "      stableBelow: 1\n      minPoints: 7\n      standardise:");

        var catalogue = Load(text, temp);

        Assert.Equal(new ComparisonSettings(0.01, MultipleTesting.Bonferroni), catalogue.Municipalities!.Comparison);
        Assert.Equal(7, catalogue.Indicators.Single(i => i.Id == "sysselsetting").Analysis.MinPoints);
    }

    [Theory]
    [InlineData("  comparison: { method: holm }\n", "wrong-type")]
    [InlineData("  comparison: { level: 0.9 }\n", "wrong-type")]
    [InlineData("  comparison: { alpha: 0.05 }\n", "unknown-key")]
    public void A_bad_comparison_rule_is_an_error(string line, string code)
    {
        using var temp = new TempDirectory();
        var text = CatalogueText.Replace(Sample, "  countyPrefix: f\n", "  countyPrefix: f\n" + line);

        var error = Assert.Throws<InputException>(() => Load(text, temp));

        Assert.Contains(error.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Fewer_than_three_points_cannot_be_the_minimum()
    {
        using var temp = new TempDirectory();
        var text = CatalogueText.Replace(Sample, "      stableBelow: 1\n      standardise:", "      stableBelow: 1\n      minPoints: 2\n      standardise:");

        var error = Assert.Throws<InputException>(() => Load(text, temp));

        Assert.Contains(error.Diagnostics, d => d.Code == "wrong-type");
    }
}

using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>The method page states the numbers of the settings the code uses, never its own.</summary>
public sealed class MethodPageTests
{
    private static string MethodPage(Func<IndicatorCatalogue, IndicatorCatalogue>? change = null)
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        catalogue = change?.Invoke(catalogue) ?? catalogue;
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));
        var stamp = new BuildStamp(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false);
        var html = new HtmlRenderer(RepositoryPaths.Templates, catalogue).Render(catalogue, analysis, ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, stamp)
            .Pages.Single(p => p.FileName == "metode.html").Html;
        return System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " ");
    }

    [Fact]
    public void The_rules_numbers_come_from_the_settings()
    {
        var html = MethodPage();

        Assert.Contains($"færre enn {AnalysisSettings.DefaultMinPoints} år med tall", html);
        Assert.Contains($"størrelsen {AnalysisSettings.GapYears} år før", html);
        Assert.Contains("holder på 5 prosents nivå", html);
        Assert.Contains("Benjamini–Hochbergs metode", html);
        Assert.Contains("ikke utvalgsusikkerhet", html);
        Assert.DoesNotContain("fem eller ti år", html);
    }

    [Fact]
    public void Another_comparison_rule_in_the_catalogue_changes_the_page()
    {
        var html = MethodPage(c => c with { Municipalities = c.Municipalities! with { Comparison = new ComparisonSettings(0.01, MultipleTesting.Bonferroni) } });

        Assert.Contains("holder på 1 prosents nivå", html);
        Assert.Contains("Bonferronis metode", html);
        Assert.DoesNotContain("Hvorfor korreksjon", html);
    }

    [Fact]
    public void An_indicator_with_its_own_minimum_is_named_with_it()
    {
        var html = MethodPage(c => c with { Indicators = [c.Indicators[0] with { Analysis = c.Indicators[0].Analysis with { MinPoints = 7 } }, .. c.Indicators.Skip(1)] });

        Assert.Contains("retning krever minst 7 år med tall", html);
    }
}

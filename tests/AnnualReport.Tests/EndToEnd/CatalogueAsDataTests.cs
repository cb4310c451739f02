using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>Another catalogue (other themes, indicators, language) builds through the same pipeline.</summary>
[Trait("Tier", "Full")]
public sealed class CatalogueAsDataTests
{
    [Fact]
    public async Task English_catalogue_with_other_themes_builds_the_same_way()
    {
        using var temp = new TempDirectory();
        var options = new BuildOptions(RepositoryPaths.FixtureCatalogue("english"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(temp.Path, "out"),
            Date = new DateOnly(2025, 11, 20),
            Pdf = false,
        };

        var result = await ReportPipeline.BuildAsync(options);

        Assert.Equal(["index.html", "health.html", "housing.html", "method.html", "print.html"], result.MainLanguage().Pages);
        var health = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "health.html"));
        Assert.Contains("<html lang=\"en\">", health);
        Assert.Contains("Good self-reported health", health);
        Assert.Contains("72.3", health);
        var housing = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "housing.html"));
        Assert.Contains("<td>:</td>", housing);
        Assert.Contains("Illustrative figures", housing);
    }
}

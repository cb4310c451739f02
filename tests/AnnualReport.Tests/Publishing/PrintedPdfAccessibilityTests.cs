using AnnualReport.Municipal;
using AnnualReport.Tests.EndToEnd;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>The publication as printed by the real browser meets the PDF/UA checkpoints the accessibility step answers for.</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class PrintedPdfAccessibilityTests(SampleBuildFixture build)
{
    [Fact]
    public void The_publication_passes_every_checkpoint()
    {
        var problems = UaInspector.Check(build.Pdf);

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct().Take(30)));
    }

    [Fact]
    public void The_publication_still_has_its_tags_bookmarks_and_text_after_the_step()
    {
        var info = Poppler.Info(build.Pdf);

        Assert.Equal("yes", Poppler.Field(info, "Tagged"));
        Assert.Equal("yes", Poppler.Field(info, "Metadata Stream"));
        Assert.Equal("1.7", Poppler.Field(info, "PDF version"));
        Assert.Contains("Integrering i Norge 2025", Poppler.Text(build.Pdf));
        Assert.Contains("Andel av befolkningen", PdfOutline.Titles(build.Pdf));
        Assert.Contains("LBody", Poppler.Structure(build.Pdf));
    }

    [Fact]
    public async Task A_fact_sheet_passes_every_checkpoint()
    {
        using var temp = new TempDirectory();
        var result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(temp.Path, "kommuner"),
            Date = new DateOnly(2025, 11, 20),
        })
        {
            Only = ["0301"],
        });

        var problems = UaInspector.Check(Path.Combine(result.MainLanguage().Directory, "0301.pdf"));

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct().Take(30)));
    }

    [Fact]
    public async Task A_draft_with_its_watermark_passes_every_checkpoint()
    {
        using var temp = new TempDirectory();
        var result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.FixtureCatalogue("english"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(temp.Path, "draft"),
            Draft = true,
            Date = new DateOnly(2025, 11, 3),
        });

        var problems = UaInspector.Check(result.MainLanguage().PdfPath!);

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct().Take(30)));
        Assert.Contains("DRAFT", Poppler.RawPageText(result.MainLanguage().PdfPath!, 1).Replace("\n", string.Empty, StringComparison.Ordinal));
    }
}

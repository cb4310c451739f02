using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.PdfUa;

/// <summary>The English fixture edition's PDF (another language, other themes) against the Matterhorn checkpoints (issue 13).</summary>
[Trait("Tier", "Full")]
[Trait("Issue", "13")]
public sealed class EnglishPdfUaTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    private BuildResult _result = null!;

    public async Task InitializeAsync()
    {
        _result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.FixtureCatalogue("english"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(_temp.Path, "out"),
            Date = new DateOnly(2025, 11, 20),
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_english_pdf_meets_the_pdf_ua_checkpoints() => PdfUaAssert.Conforms(_result.MainLanguage().PdfPath!);
}

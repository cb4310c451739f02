using AnnualReport.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// A municipal fact sheet (Oslo: the longest sheet, with links and tables) against the Matterhorn
/// checkpoints (issue 13). Fact sheets are written in Norwegian Bokmål only.
/// </summary>
[Trait("Tier", "Full")]
[Trait("Issue", "13")]
public sealed class FactSheetPdfUaTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    private MunicipalResult _result = null!;

    public async Task InitializeAsync()
    {
        _result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(_temp.Path, "kommuner"),
            Date = new DateOnly(2025, 11, 20),
        })
        {
            Only = ["0301"],
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_fact_sheet_pdf_meets_the_pdf_ua_checkpoints() => PdfUaAssert.Conforms(Path.Combine(_result.MainLanguage().Directory, "0301.pdf"));
}

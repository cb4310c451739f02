using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Disclosure;

/// <summary>Builds the sample edition's national site once (no PDF) and reads back <c>analysis.json</c> and the CSV downloads.</summary>
public sealed class NationalPublicationFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    internal IReadOnlyList<NationalCell> Published { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // The figures are the same in every language; the attacker reads the main language's files.
        var result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(_temp.Path, "2025"),
            Language = "nb",
            Date = new DateOnly(2025, 11, 20),
            Pdf = false,
        });
        var output = result.MainLanguage().Directory;
        Published =
        [
            .. NationalPublicationReader.ReadAnalysis(Path.Combine(output, "analysis.json")),
            .. NationalPublicationReader.ReadDownloads(Path.Combine(output, "data")),
        ];
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>Builds the sample 2025 edition once, with its PDF printed by the real browser, for all end-to-end tests.</summary>
public sealed class SampleBuildFixture : IAsyncLifetime
{
    public static readonly DateOnly BuildDate = new(2025, 11, 20);

    private readonly TempDirectory _temp = new();

    /// <summary>The output folder: the root page and a folder per language.</summary>
    public string OutputDirectory => Path.Combine(_temp.Path, "2025");

    /// <summary>The bokmål publication (the main language): pages, downloads, analysis.json and PDF.</summary>
    public string Site => Result.MainLanguage().Directory;

    public BuildResult Result { get; private set; } = null!;

    public string Pdf => Result.MainLanguage().PdfPath!;

    public async Task InitializeAsync()
    {
        Result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.Catalogue) { OutputDirectory = OutputDirectory, Date = BuildDate });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Comparing;

/// <summary>
/// The sample edition built twice, without PDF, shared by a test class: OLD as it is, NEW with one
/// figure changed in a data file (employment, immigrants, 2022: 68.9 → 68.5) and one sentence
/// changed in the curated text ("fortsatt stor." → "fortsatt betydelig.").
/// </summary>
public sealed class TwoBuildsFixture : IAsyncLifetime
{
    public const string OldSentence = "men forskjellen er fortsatt stor.";
    public const string NewSentence = "men forskjellen er fortsatt betydelig.";

    private static readonly DateOnly BuildDate = new(2025, 11, 20);
    private readonly TempDirectory _temp = new();

    public string Old => Path.Combine(_temp.Path, "old-output");

    public string New => Path.Combine(_temp.Path, "new-output");

    public async Task InitializeAsync()
    {
        await BuildAsync(Path.Combine(_temp.Path, "old"), Old, edit: null);
        await BuildAsync(Path.Combine(_temp.Path, "new"), New, edition =>
        {
            Replace(Path.Combine(edition, "data", "sysselsetting.csv"), "2022,innvandrere,alle,alle,alle,68.9,", "2022,innvandrere,alle,alle,alle,68.5,");
            Replace(Path.Combine(edition, "text.yaml"), OldSentence, NewSentence);
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private static async Task BuildAsync(string project, string output, Action<string>? edit)
    {
        var catalogue = RepositoryPaths.CopySample(project);
        edit?.Invoke(Path.GetDirectoryName(catalogue)!);
        await ReportPipeline.BuildAsync(new BuildOptions(catalogue)
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = output,
            Pdf = false,
            Date = BuildDate,
        });
    }

    // Exactly once, so that the test fails loudly if the sample's text or data moves on.
    private static void Replace(string file, string old, string @new)
    {
        var text = File.ReadAllText(file);
        Assert.Equal(1, text.Split(old).Length - 1);
        File.WriteAllText(file, text.Replace(old, @new, StringComparison.Ordinal));
    }
}

using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

[Trait("Tier", "Full")]
public sealed class FailedBuildTests
{
    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var temp = new TempDirectory();
        var project = CopyFixture(temp.Path);
        var output = Path.Combine(temp.Path, "out");
        var options = new BuildOptions(Path.Combine(project, "editions", "2024", "indicators.yaml"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = output,
            Date = new DateOnly(2025, 11, 20),
            Pdf = false,
        };
        await ReportPipeline.BuildAsync(options);
        var before = Snapshot(output);

        File.AppendAllText(Path.Combine(project, "editions", "2024", "data", "health.csv"), "2024,migrants,abc,\n");
        await Assert.ThrowsAsync<InputException>(() => ReportPipeline.BuildAsync(options));

        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["out", "project"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_missing_browser_stops_the_build_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var options = new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(temp.Path, "2025"),
            Date = new DateOnly(2025, 11, 20),
            BrowserPath = "/no/such/browser",
        };

        await Assert.ThrowsAsync<EnvironmentException>(() => ReportPipeline.BuildAsync(options));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private static string CopyFixture(string root)
    {
        var project = Path.Combine(root, "project");
        var source = RepositoryPaths.Fixture("english");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return project;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}

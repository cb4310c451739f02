using AnnualReport.Tests.Cli;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Editions;

/// <summary>
/// The yearly workflow from the README as an analyst types it: start 2026 from 2025, edit it,
/// build it (the newest, by default), and 2025 still builds to the same pages, byte for byte.
/// </summary>
public sealed class EditionWorkflowTests
{
    [Fact]
    [Trait("Tier", "Full")] // three builds of the sample edition through the command line
    public void Starting_and_building_2026_leaves_2025_rebuildable_to_the_same_pages()
    {
        using var temp = new TempDirectory();
        var project = OutputSafetyTests.CopyProject(temp.Path);
        string[] build = ["build", "--no-pdf", "--quiet", "--date", "2026-11-30", "--fonts", RepositoryPaths.Fonts];

        var first = ProcessRunner.AnnualReport(build, project);
        Assert.Equal(0, first.ExitCode);
        var published = OutputSafetyTests.Snapshot(Path.Combine(project, "output", "2025"));

        var started = ProcessRunner.AnnualReport(["new-edition", "2026"], project);
        Assert.Equal(0, started.ExitCode);
        var text = Path.Combine(project, "editions", "2026", "text.yaml");
        File.WriteAllText(text, File.ReadAllText(text).Replace("preface: |", "preface: |\n  Dette er 2026-utgaven, skrevet på nytt.\n", StringComparison.Ordinal));

        var newest = ProcessRunner.AnnualReport(build, project);
        Assert.Equal(0, newest.ExitCode);
        var index = File.ReadAllText(Path.Combine(project, "output", "2026", "nb", "index.html"));
        Assert.Contains("Integrering i Norge 2026", index, StringComparison.Ordinal);
        Assert.Contains("Dette er 2026-utgaven, skrevet på nytt.", index, StringComparison.Ordinal);
        Assert.Contains("warning carried-over", newest.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine("editions", "2026", "text.yaml") + ": warning carried-over", newest.Stderr, StringComparison.Ordinal);

        var again = ProcessRunner.AnnualReport([.. build, "--edition", "2025"], project);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(published, OutputSafetyTests.Snapshot(Path.Combine(project, "output", "2025")));
    }
}

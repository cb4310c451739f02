using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

public sealed class StagingFolderTests
{
    [Fact]
    public void Commit_replaces_the_previous_output_whole()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "2025");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.html"), "old");

        using (var staging = new StagingFolder(target))
        {
            File.WriteAllText(Path.Combine(staging.Path, "new.html"), "new");
            staging.Commit();
        }

        Assert.Equal([".annual-report-output", "new.html"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["2025"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Without_commit_the_previous_output_stays_and_nothing_is_left_behind()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "2025");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "previous");

        using (var staging = new StagingFolder(target))
        {
            File.WriteAllText(Path.Combine(staging.Path, "index.html"), "half");
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal(["2025"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Staging_folders_of_dead_builds_are_removed_and_those_of_live_builds_kept()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "2025");
        using var dead = System.Diagnostics.Process.Start("true")!;
        dead.WaitForExit();
        var stale = StagingFolder.StagingPath(target, dead.Id);
        var staleOld = stale + ".old";
        foreach (var folder in new[] { stale, staleOld })
        {
            Directory.CreateDirectory(folder);
            OutputGuard.Mark(folder);
        }

        using var live = System.Diagnostics.Process.Start("sleep", "30")!;
        var running = StagingFolder.StagingPath(target, live.Id);
        Directory.CreateDirectory(running);
        OutputGuard.Mark(running);
        Directory.CreateDirectory(Path.Combine(temp.Path, ".2025.building-notanumber"));

        using (var staging = new StagingFolder(target))
        {
            staging.Commit();
        }

        live.Kill();
        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(staleOld));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(Path.Combine(temp.Path, ".2025.building-notanumber")));
        Assert.True(OutputGuard.IsMarked(target));
    }

    [Fact]
    public void An_unmarked_folder_that_looks_like_staging_is_never_removed()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "2025");
        using var dead = System.Diagnostics.Process.Start("true")!;
        dead.WaitForExit();
        var lookalike = StagingFolder.StagingPath(target, dead.Id);
        temp.File(Path.Combine(Path.GetFileName(lookalike), "thesis.tex"), "mine");

        StagingFolder.RemoveStale(target);

        Assert.Equal("mine", File.ReadAllText(Path.Combine(lookalike, "thesis.tex")));
    }
}

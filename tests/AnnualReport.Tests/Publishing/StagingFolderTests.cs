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

        Assert.Equal(["new.html"], Directory.GetFiles(target).Select(Path.GetFileName));
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
}

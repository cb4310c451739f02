using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>
/// The annual-report command as set-up puts it on PATH: scripts/annual-report runs the program built
/// in the checkout from any folder, with the program's own exit codes (the test project has built it).
/// </summary>
public sealed class LauncherTests
{
    private static readonly string Launcher = Path.Combine(RepositoryPaths.Root, "scripts", "annual-report");

    [Fact]
    public void The_command_runs_from_another_folder_and_shows_its_help()
    {
        using var elsewhere = new TempDirectory();

        var result = ProcessRunner.Run("bash", [Launcher, "--help"], elsewhere.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("annual-report [", result.Stdout);
        Assert.Contains("build", result.Stdout);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("build", "--bogus")]
    public void An_unknown_command_or_option_exits_2(params string[] arguments)
    {
        using var elsewhere = new TempDirectory();

        var result = ProcessRunner.Run("bash", [Launcher, .. arguments], elsewhere.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error bad-option", result.Stderr);
    }

    [Fact]
    public void Inspect_works_as_the_readme_writes_it()
    {
        var result = ProcessRunner.Run("bash", [Launcher, "inspect", Path.Combine(RepositoryPaths.SampleEdition, "data", "sysselsetting.csv"), "--json"], RepositoryPaths.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"format\": \"csv\"", result.Stdout.Replace("\"format\":\"csv\"", "\"format\": \"csv\"", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void A_build_says_what_it_wrote_and_takes_quiet()
    {
        using var temp = new TempDirectory();
        var catalogue = RepositoryPaths.FixtureCatalogue("english");

        var result = ProcessRunner.Run("bash", [Launcher, "build", "--catalogue", catalogue, "--templates", RepositoryPaths.Templates, "--fonts", RepositoryPaths.Fonts, "--out", Path.Combine(temp.Path, "out"), "--no-pdf", "--quiet", "--ui-language", "en"], temp.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches(@"written to .*out/en: \d+ web pages, no PDF\.", result.Stdout);
        Assert.DoesNotContain("…", result.Stderr);
    }
}

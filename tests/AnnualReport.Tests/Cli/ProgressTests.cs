using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>
/// Progress lines are for a person at a terminal: each stage as it starts, on standard error; none
/// with <c>--quiet</c> or when standard error goes to a file or a pipe. The terminal is a real
/// pseudo-terminal from util-linux's <c>script</c>.
/// </summary>
public sealed class ProgressTests
{
    private static ProcessRunner.Result InTerminal(string project, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "annual-report.dll");
        string[] words = ["dotnet", dll, .. arguments, "--ui-language", "en"];
        var command = string.Join(' ', words.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        return ProcessRunner.Run("script", ["-qec", command, "/dev/null"], project);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void Validate_and_build_in_a_terminal_name_each_stage()
    {
        using var edition = BilingualEdition.Create();

        var validate = InTerminal(edition.Root, "validate", "--templates", RepositoryPaths.Templates);
        var build = InTerminal(edition.Root, "build", "--no-pdf", "--templates", RepositoryPaths.Templates, "--fonts", RepositoryPaths.Fonts);

        Assert.Equal((0, 0), (validate.ExitCode, build.ExitCode));
        Assert.Contains("… Reading the catalogue, figures and text\r\n… Checking the figures against the catalogue", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("… Reading the catalogue, figures and text (nn)", validate.Stdout, StringComparison.Ordinal);
        foreach (var stage in new[] { "Calculating changes and trends", "Drawing the charts and putting the pages together", "Writing the web pages and downloads" })
        {
            Assert.Contains("… " + stage, build.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void Quiet_or_a_redirected_error_stream_has_no_progress_lines()
    {
        using var edition = BilingualEdition.Create();

        var quiet = InTerminal(edition.Root, "validate", "--quiet", "--templates", RepositoryPaths.Templates);
        var redirected = ProcessRunner.AnnualReport(["validate", "--templates", RepositoryPaths.Templates], edition.Root);

        Assert.Equal((0, 0), (quiet.ExitCode, redirected.ExitCode));
        Assert.Contains("No errors", quiet.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("…", quiet.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("…", redirected.Stderr, StringComparison.Ordinal);
    }
}

using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>The annual-report command as a user runs it: a separate process, its exit code and what it prints.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Build_without_pdf_writes_the_site_and_exits_zero()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "site");

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", output], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "integrering-i-norge-2025.pdf")));
        Assert.Contains("uten PDF", result.Stdout);
    }

    [Fact]
    public void A_missing_catalogue_is_one_diagnostic_line_and_exit_code_2()
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(["build", "--catalogue", "missing.yaml", "--no-pdf"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"missing\.yaml: error file-not-found: ", lines[0]);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_missing_browser_is_one_line_naming_the_fix_and_exit_code_3()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "site");

        var result = ProcessRunner.AnnualReport(["build", "--out", output, "--browser", "/no/such/chromium"], RepositoryPaths.Root);

        Assert.Equal(3, result.ExitCode);
        var error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("feil:", StringComparison.Ordinal));
        Assert.Contains("--no-pdf", error);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void The_browser_can_also_come_from_the_environment()
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(
            ["build", "--out", Path.Combine(temp.Path, "site")],
            RepositoryPaths.Root,
            new Dictionary<string, string?> { ["ANNUAL_REPORT_BROWSER"] = "/no/such/edge" });

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("/no/such/edge", result.Stderr);
    }
}

using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>A command line the program cannot read is bad input like any other: one diagnostic line per problem, exit code 2, no help text dumped.</summary>
public sealed class CommandLineErrorTests
{
    [Theory]
    [InlineData(new string[0], "annual-report")]
    [InlineData(new[] { "build", "--bogus" }, "build")]
    [InlineData(new[] { "municipalities", "--parallel", "abc" }, "--parallel")]
    [InlineData(new[] { "build", "--print-timeout", "soon" }, "--print-timeout")]
    [InlineData(new[] { "publish" }, "annual-report")]
    public void An_unreadable_command_line_is_bad_option_and_exit_2(string[] arguments, string where)
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(arguments, temp.Path);

        Assert.Equal(2, result.ExitCode);
        const string code = "bad-option";
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(where)}: error {code}: ", result.Stderr);
        Assert.DoesNotContain("Usage:", result.Stderr + result.Stdout);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Help_is_no_error()
    {
        var result = ProcessRunner.AnnualReport(["build", "--help"], RepositoryPaths.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--print-timeout", result.Stdout);
        Assert.Contains("--allow-outside-paths", result.Stdout);
    }
}

using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>
/// The program's messages are bokmål by default and English when asked for with --ui-language en
/// or by an English environment; the diagnostic codes stay the same in both.
/// </summary>
public sealed class UiLanguageCommandTests
{
    private const string Bokmal = "raden har 3 felt, men overskriften har 2";
    private const string English = "the row has 3 fields, but the header has 2";

    [Fact]
    public void A_bad_row_is_reported_in_bokmal_by_default()
    {
        var result = InspectBadFile([]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error bad-row: {Bokmal}", result.Stderr);
        Assert.Contains("Stoppet: 1 feil i inndata.", result.Stderr);
    }

    [Fact]
    public void The_ui_language_option_gives_english()
    {
        var result = InspectBadFile(["--ui-language", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error bad-row: {English}", result.Stderr);
        Assert.Contains("Stopped: 1 error in the input.", result.Stderr);
        Assert.DoesNotContain("Stoppet", result.Stderr);
    }

    [Theory]
    [InlineData("LANG", "en_GB.UTF-8")]
    [InlineData("LC_ALL", "en_US.UTF-8")]
    [InlineData("LC_MESSAGES", "en")]
    [InlineData("ANNUAL_REPORT_UI_LANGUAGE", "en")]
    public void An_english_environment_gives_english(string variable, string value)
    {
        var result = InspectBadFile([], new Dictionary<string, string?> { [variable] = value });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error bad-row: {English}", result.Stderr);
    }

    [Fact]
    public void The_option_wins_over_the_environment()
    {
        var result = InspectBadFile(["--ui-language", "nb"], new Dictionary<string, string?> { ["LANG"] = "en_GB.UTF-8" });

        Assert.Contains($"error bad-row: {Bokmal}", result.Stderr);
    }

    [Fact]
    public void An_unknown_ui_language_is_a_bad_option_and_exit_2()
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(["validate", "--ui-language", "de"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--ui-language: error bad-option: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("nb", "build: error bad-option: ukjent kommando eller argument «--bogus»", "Stoppet: kommandolinjen er ikke i orden.")]
    [InlineData("en", "build: error bad-option: unknown command or argument ‘--bogus’", "Stopped: the command line is not right.")]
    public void Command_line_errors_are_in_the_ui_language(string language, string error, string stopped)
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(["build", "--bogus", "--ui-language", language], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(error, result.Stderr);
        Assert.Contains(stopped, result.Stderr);
    }

    [Fact]
    public void Help_is_in_english_with_the_option()
    {
        var result = ProcessRunner.AnnualReport(["build", "--help", "--ui-language", "en"], RepositoryPaths.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains("Options:", result.Stdout);
        Assert.Contains("Build the web pages only, without the PDF", result.Stdout);
        Assert.Contains("Shows help and usage", result.Stdout);
        Assert.DoesNotContain("Bygg", result.Stdout);
    }

    [Fact]
    public void Help_is_in_bokmal_by_default()
    {
        var result = ProcessRunner.AnnualReport(["--help"], RepositoryPaths.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Bruk:", result.Stdout);
        Assert.Contains("Kommandoer:", result.Stdout);
        Assert.Contains("Bygger publikasjonen: nettsider og PDF", result.Stdout);
        Assert.Contains("--ui-language", result.Stdout);
        Assert.DoesNotContain("Usage:", result.Stdout);
        Assert.DoesNotContain("Show help", result.Stdout);
    }

    private static ProcessRunner.Result InspectBadFile(string[] options, IDictionary<string, string?>? environment = null)
    {
        using var temp = new TempDirectory();
        temp.File("bad.csv", "year,value\n2024,5,6\n");
        return ProcessRunner.AnnualReport(["inspect", "bad.csv", .. options], temp.Path, environment);
    }
}

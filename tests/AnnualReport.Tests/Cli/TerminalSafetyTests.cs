using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>Text from input files never drives the terminal: escape sequences and bells are printed as visible escapes.</summary>
public sealed class TerminalSafetyTests
{
    private const string Hostile = "\u001b]0;owned\u0007\u001b[2J\u202Eevil";

    [Fact]
    public void Inspect_prints_codes_from_the_file_without_control_characters()
    {
        using var temp = new TempDirectory();
        var path = temp.File("evil.csv", $"year,group,value\n2024,{Hostile},1\n");

        var result = ProcessRunner.AnnualReport(["inspect", path], temp.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain(result.Stdout, c => c is '\u001b' or '\u0007' or '\u202E');
        Assert.Contains(@"\u001B]0;owned\u0007", result.Stdout);
    }

    [Fact]
    public void Diagnostics_quoting_a_file_print_no_control_characters()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", $"year,group,sex,value\n2024,imm,alle,{Hostile}\n");

        var result = ProcessRunner.AnnualReport(["validate", "--catalogue", edition.CataloguePath], RepositoryPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error bad-number", result.Stderr);
        Assert.DoesNotContain(result.Stderr, c => c is '\u001b' or '\u0007' or '\u202E');
    }
}

using AnnualReport.Drafts;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Drafts;

/// <summary>--since and --draft-label: drafts only, an earlier build only, and how the draft is counted.</summary>
public sealed class SinceOptionTests
{
    [Theory]
    [InlineData("--since")]
    [InlineData("--draft-label")]
    public void Marks_and_numbers_are_for_drafts_only(string option)
    {
        var result = ProcessRunner.AnnualReport(["build", option, "x", "--no-pdf"], RepositoryPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{option}: error bad-option: ", result.Stderr);
        Assert.Contains("--draft", result.Stderr);
    }

    [Fact]
    public async Task A_folder_that_is_no_build_is_not_a_build_before_anything_is_read()
    {
        using var temp = new TempDirectory();
        var options = new BuildOptions(RepositoryPaths.Catalogue) { Draft = true, Since = temp.Path, OutputDirectory = Path.Combine(temp.Path, "out"), Pdf = false, Date = new DateOnly(2025, 11, 20) };

        var error = await Assert.ThrowsAsync<InputException>(() => ReportPipeline.BuildAsync(options));

        Assert.Equal("not-a-build", Assert.Single(error.Diagnostics).Code);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Theory]
    [InlineData("<b>", "--draft-label")]
    [InlineData("", "--draft-label")]
    public async Task A_draft_number_is_a_short_word(string label, string where)
    {
        var options = new BuildOptions(RepositoryPaths.Catalogue) { Draft = true, DraftLabel = label, Pdf = false, Date = new DateOnly(2025, 11, 20) };

        var error = await Assert.ThrowsAsync<InputException>(() => ReportPipeline.BuildAsync(options));

        Assert.Equal(("bad-option", where), (Assert.Single(error.Diagnostics).Code, error.Diagnostics[0].Where.File));
    }

    [Theory]
    [InlineData(2025, "2", true, "3")]
    [InlineData(2025, null, true, "2")]
    [InlineData(2025, "2b", true, "2b+")]
    [InlineData(2025, null, false, "1")]
    [InlineData(2024, "5", true, "1")]
    public void The_draft_number_counts_on_from_the_earlier_draft(int oldEdition, string? oldLabel, bool oldDraft, string expected) =>
        Assert.Equal(expected, new SinceBuild("/x", "abc", oldLabel, oldEdition, oldDraft).NextLabel(2025));

    [Fact]
    public void A_language_the_earlier_build_lacks_is_built_without_marks_and_said_so()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "nb"));
        File.WriteAllText(Path.Combine(temp.Path, "nb", "analysis.json"), "{}");
        var since = new SinceBuild(temp.Path, null, null, 2025, true);

        var warning = Assert.Single(since.Missing(["nb", "nn"]));

        Assert.Equal(("since-language-missing", Severity.Warning, "--since"), (warning.Code, warning.Severity, warning.Where.File));
        Assert.Contains("nn", warning.Message);
        Assert.NotNull(since.Folder("nb"));
        Assert.Null(since.Folder("nn"));
    }
}

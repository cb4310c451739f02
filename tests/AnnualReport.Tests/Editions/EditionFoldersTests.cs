using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Editions;

/// <summary>Which edition a command works on: <c>--edition</c>, the newest by default, <c>--catalogue</c>, and one clear error when it is missing.</summary>
public sealed class EditionFoldersTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public EditionFoldersTests()
    {
        _temp.File(Path.Combine("editions", "2024", "indicators.yaml"), "edition: {}\n");
        _temp.File(Path.Combine("editions", "2025", "indicators.yaml"), "edition: {}\n");
        _temp.File(Path.Combine("editions", "notes", "indicators.yaml"), "edition: {}\n");
        Directory.CreateDirectory(Path.Combine(_temp.Path, "editions", "2026"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_newest_edition_with_a_catalogue_is_the_default()
    {
        Assert.Equal([2024, 2025], EditionFolders.Years(_temp.Path));
        Assert.Equal(Path.Combine(_temp.Path, "editions", "2025", "indicators.yaml"), EditionFolders.Locate(_temp.Path, null, null));
    }

    [Fact]
    public void Edition_picks_an_earlier_year()
    {
        Assert.Equal(Path.Combine(_temp.Path, "editions", "2024", "indicators.yaml"), EditionFolders.Locate(_temp.Path, "2024", null));
    }

    [Fact]
    public void A_missing_edition_is_one_error_naming_the_editions_there_are_and_how_to_start_it()
    {
        var error = Assert.Throws<InputException>(() => EditionFolders.Locate(_temp.Path, "2027", null));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("edition-not-found", diagnostic.Code);
        Assert.Equal("editions/2027", diagnostic.Where.File);
        Assert.Contains("2024, 2025", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("new-edition 2027", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_folder_without_its_catalogue_is_edition_not_found_naming_the_file()
    {
        var diagnostic = Assert.Single(Assert.Throws<InputException>(() => EditionFolders.Locate(_temp.Path, "2026", null)).Diagnostics);

        Assert.Equal("edition-not-found", diagnostic.Code);
        Assert.Contains("indicators.yaml", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_editions_is_edition_not_found()
    {
        using var empty = new TempDirectory();

        var diagnostic = Assert.Single(Assert.Throws<InputException>(() => EditionFolders.Locate(empty.Path, null, null)).Diagnostics);

        Assert.Equal(("edition-not-found", "editions/"), (diagnostic.Code, diagnostic.Where.File));
    }

    [Theory]
    [InlineData("2025", "x.yaml")]
    [InlineData("20x5", null)]
    [InlineData(" 2025", null)]
    [InlineData("25", null)]
    public void Edition_twice_or_not_a_year_is_bad_option(string edition, string? catalogue)
    {
        var diagnostic = Assert.Single(Assert.Throws<InputException>(() => EditionFolders.Locate(_temp.Path, edition, catalogue)).Diagnostics);

        Assert.Equal(("bad-option", "--edition"), (diagnostic.Code, diagnostic.Where.File));
    }

    [Fact]
    public void Catalogue_names_an_edition_folder_anywhere_and_the_project_is_found_around_it()
    {
        var inEditions = new BuildOptions(EditionFolders.Locate(_temp.Path, null, "editions/2024/indicators.yaml"));
        var elsewhere = new BuildOptions(Path.Combine(_temp.Path, "drafts", "mine", "indicators.yaml"));

        Assert.Equal((Path.Combine(_temp.Path, "editions", "2024"), _temp.Path), (inEditions.EditionDirectory, inEditions.ProjectDirectory));
        Assert.Equal((Path.Combine(_temp.Path, "drafts", "mine"), Path.Combine(_temp.Path, "drafts")), (elsewhere.EditionDirectory, elsewhere.ProjectDirectory));
        Assert.Equal(Path.Combine(_temp.Path, "templates"), inEditions.Templates.Shared);
    }

    [Fact]
    public void A_catalogue_whose_year_disagrees_with_its_folder_is_edition_year_mismatch_at_the_year()
    {
        using var edition = new EditionFixture(EditionFixture.Catalogue.Replace("  year: 2025", "  year: 2024", StringComparison.Ordinal));
        edition.Data("employment.csv", "year,group,sex,value\n2023,imm,alle,60\n2023,rest,alle,70\n");

        var diagnostic = edition.Single("edition-year-mismatch");

        Assert.Equal((Path.Combine("editions", "2025", "indicators.yaml"), 3, 9), (diagnostic.Where.File, diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("editions/2025/", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_reports_a_missing_edition_once_with_exit_code_2()
    {
        var result = ProcessRunner.AnnualReport(["validate", "--edition", "2031"], RepositoryPaths.Root);

        Assert.Equal(2, result.ExitCode);
        var errors = result.Stderr.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal("editions/2031: error edition-not-found", Assert.Single(errors)[..38]);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}

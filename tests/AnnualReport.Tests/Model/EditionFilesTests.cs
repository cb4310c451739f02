using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Model;

/// <summary>Input paths the catalogue names stay inside the edition folder unless the user allows otherwise.</summary>
public sealed class EditionFilesTests : IDisposable
{
    private static readonly SourceSpan Where = new("indicators.yaml", 12, 11);
    private readonly TempDirectory _temp = new();
    private readonly TempDirectory _outside = new();

    private string Content => Path.Combine(_temp.Path, "editions", "2025");

    public EditionFilesTests()
    {
        _temp.File(Path.Combine("editions", "2025", "data", "a.csv"), "year,value\n");
        _temp.File("secret.csv", "passord\n");
        _outside.File("other.csv", "year,value\n");
    }

    private (string? Path, List<Diagnostic> Diagnostics) Resolve(string declared, bool allowOutside = false)
    {
        var files = new EditionFiles(Content, _temp.Path, allowOutside);
        var diagnostics = new List<Diagnostic>();
        return (files.Resolve(declared, Where, diagnostics), diagnostics);
    }

    private void AssertRefused(string declared, string code = "path-outside-edition")
    {
        var (path, diagnostics) = Resolve(declared);

        Assert.Null(path);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Where, diagnostic.Where);
        Assert.DoesNotContain("passord", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/a.csv")]
    [InlineData("./data/a.csv")]
    [InlineData("data/../data/a.csv")]
    [InlineData("data/missing.csv")]
    public void A_path_inside_the_edition_folder_resolves_to_its_full_path(string declared)
    {
        var (path, diagnostics) = Resolve(declared);

        Assert.Empty(diagnostics);
        Assert.Equal(Path.GetFullPath(Path.Combine(Content, declared)), path);
    }

    [Theory]
    [InlineData("../../secret.csv")]
    [InlineData("../../../../../../../../etc/passwd")]
    [InlineData("data/../../2024/data/a.csv")]
    [InlineData("..")]
    public void A_path_that_climbs_out_of_the_edition_folder_is_path_outside_edition(string declared) => AssertRefused(declared);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("\\\\server\\share\\a.csv")]
    [InlineData("C:\\data\\a.csv")]
    [InlineData("c:/data/a.csv")]
    public void An_absolute_path_is_path_outside_edition(string declared) => AssertRefused(declared);

    [Theory]
    [InlineData("data/a\u0000.csv")]
    [InlineData("data/a\n.csv")]
    [InlineData("data/\u001b[31ma.csv")]
    public void A_path_with_nul_or_control_characters_is_unsafe_name(string declared) => AssertRefused(declared, "unsafe-name");

    [Fact]
    public void A_symlinked_file_pointing_out_of_the_edition_folder_is_path_outside_edition()
    {
        File.CreateSymbolicLink(Path.Combine(Content, "data", "link.csv"), Path.Combine(_temp.Path, "secret.csv"));

        AssertRefused("data/link.csv");
    }

    [Fact]
    public void A_symlinked_folder_on_the_way_pointing_out_of_the_edition_folder_is_path_outside_edition()
    {
        Directory.CreateSymbolicLink(Path.Combine(Content, "elsewhere"), _outside.Path);

        AssertRefused("elsewhere/other.csv");
    }

    [Fact]
    public void A_edition_folder_that_is_itself_a_symlink_still_allows_its_own_files()
    {
        var real = Path.Combine(_outside.Path, "real");
        Directory.CreateDirectory(Path.Combine(real, "data"));
        File.WriteAllText(Path.Combine(real, "data", "b.csv"), "year,value\n");
        var link = Path.Combine(_temp.Path, "linked");
        Directory.CreateSymbolicLink(link, real);
        var diagnostics = new List<Diagnostic>();

        var path = new EditionFiles(link, _temp.Path).Resolve("data/b.csv", Where, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(path);
    }

    [Fact]
    public void A_symlink_that_stays_inside_the_edition_folder_is_fine()
    {
        File.CreateSymbolicLink(Path.Combine(Content, "data", "alias.csv"), Path.Combine(Content, "data", "a.csv"));

        var (path, diagnostics) = Resolve("data/alias.csv");

        Assert.Empty(diagnostics);
        Assert.NotNull(path);
    }

    [Fact]
    public void Allowing_outside_paths_lets_absolute_and_climbing_paths_through()
    {
        var absolute = Path.Combine(_outside.Path, "other.csv");

        Assert.Equal(absolute, Resolve(absolute, allowOutside: true).Path);
        Assert.Equal(Path.Combine(_temp.Path, "secret.csv"), Resolve("../../secret.csv", allowOutside: true).Path);
    }

    [Fact]
    public void Allowing_outside_paths_still_refuses_control_characters()
    {
        var (path, diagnostics) = Resolve("data/a\u0000.csv", allowOutside: true);

        Assert.Null(path);
        Assert.Equal("unsafe-name", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_catalogue_data_path_out_of_the_edition_is_reported_at_the_data_key_by_validate()
    {
        using var edition = new EditionFixture(EditionFixture.Catalogue.Replace("data: data/employment.csv", "data: ../../../../etc/passwd.csv", StringComparison.Ordinal));

        var diagnostic = edition.Single("path-outside-edition");

        Assert.Equal((33, 11), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.DoesNotContain(edition.Validate().Diagnostics, d => d.Code == "file-not-found");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _outside.Dispose();
    }
}

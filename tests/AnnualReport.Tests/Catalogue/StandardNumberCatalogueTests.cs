using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>The edition's ISBN and ISSN: read as printed, refused with their place when the check digit is wrong.</summary>
public sealed class StandardNumberCatalogueTests
{
    private const string Valid = EditionFixture.Catalogue;

    private static string With(string lines) => CatalogueText.Replace(Valid, "  year: 2025\n", $"  year: 2025\n{lines}");

    [Fact]
    public void An_isbn_with_a_wrong_check_digit_is_bad_isbn_at_its_value()
    {
        var yaml = With("  isbn: \"978-82-537-1234-3\"\n");

        var diagnostic = Assert.Single(CatalogueText.Errors(yaml), d => d.Code == "bad-isbn");

        Assert.Equal(CatalogueText.At(yaml, "\"978-82-537-1234-3\""), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void An_issn_with_a_wrong_check_digit_is_bad_issn_at_its_value()
    {
        var yaml = With("  issn: \"0317-8472\"\n");

        var diagnostic = Assert.Single(CatalogueText.Errors(yaml), d => d.Code == "bad-issn");

        Assert.Equal(CatalogueText.At(yaml, "\"0317-8472\""), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Valid_numbers_are_kept_as_printed()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "indicators.yaml");
        File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(With("  isbn: \"978-82-537-1234-5\"\n  issn: \"0317-8471\"\n")));
        var diagnostics = new List<Diagnostic>();

        var catalogue = CatalogueLoader.Load(path, diagnostics, "indicators.yaml");

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("978-82-537-1234-5", catalogue!.Edition.Isbn);
        Assert.Equal("0317-8471", catalogue.Edition.Issn);
    }
}

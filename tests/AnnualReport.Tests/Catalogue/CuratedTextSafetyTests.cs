using System.Text;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>A broken or hostile <c>text.yaml</c> is a positioned diagnostic, never silently accepted or a crash.</summary>
public sealed class CuratedTextSafetyTests
{
    private const string Data = "year,group,sex,value\n2022,imm,alle,62\n2023,imm,alle,65\n2023,rest,alle,80.5\n";

    private static IReadOnlyList<Diagnostic> Errors(byte[] text)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Data);
        var path = edition.Text(string.Empty);
        File.WriteAllBytes(path, text);
        return edition.Validate().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    private static IReadOnlyList<Diagnostic> Errors(string text) => Errors(new UTF8Encoding(false).GetBytes(text));

    [Theory]
    [InlineData("- preface\n- themes\n", 1, 1)]
    [InlineData("just a sentence\n", 1, 1)]
    [InlineData("preface: [a, b]\n", 1, 10)]
    [InlineData("preface: { a: b }\n", 1, 10)]
    [InlineData("themes: [work]\n", 1, 9)]
    [InlineData("indicators: text\n", 1, 13)]
    [InlineData("indicators:\n  employment: [a]\n", 2, 15)]
    [InlineData("themes:\n  work:\n    introduction: [a]\n", 3, 19)]
    public void A_root_or_section_of_the_wrong_type_is_wrong_type_at_its_position(string yaml, int line, int column)
    {
        var diagnostic = Assert.Single(Errors(yaml));

        Assert.Equal("wrong-type", diagnostic.Code);
        Assert.EndsWith("text.yaml", diagnostic.Where.File);
        Assert.Equal((line, column), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void An_empty_text_file_is_no_text()
    {
        Assert.Empty(Errors(string.Empty));
    }

    [Fact]
    public void Invalid_utf8_in_the_text_is_bad_encoding_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("preface: |\n  Første avsnitt X.\n");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3;

        var diagnostic = Assert.Single(Errors(bytes));

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((2, 18), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Deeply_nested_text_is_too_deep()
    {
        var diagnostic = Assert.Single(Errors("preface: " + new string('{', 5000)));

        Assert.Equal("too-deep", diagnostic.Code);
        Assert.Equal(1, diagnostic.Where.Line);
    }

    [Fact]
    public void An_alias_in_the_text_is_refused()
    {
        var diagnostic = Assert.Single(Errors("preface: &p Tekst.\nindicators:\n  employment: *p\n"));

        Assert.Equal("yaml-alias", diagnostic.Code);
        Assert.Equal((3, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_text_file_that_is_a_symlink_out_of_the_edition_is_refused()
    {
        using var outside = new TempDirectory();
        var secret = outside.File("secret.yaml", "preface: hemmelig\n");
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Data);
        var path = edition.Text(string.Empty);
        File.Delete(path);
        File.CreateSymbolicLink(path, secret);

        var diagnostic = Assert.Single(edition.Validate().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("path-outside-edition", diagnostic.Code);
    }
}

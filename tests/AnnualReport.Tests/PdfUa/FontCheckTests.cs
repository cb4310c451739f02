namespace AnnualReport.Tests.PdfUa;

public sealed class FontCheckTests
{
    // Fonts the PDF reader cannot draw with; the content shows no text, so only the font check reads them.
    private static readonly TinyPdf Pdf = TinyPdf.Conforming with
    {
        Content = "/Figure << /MCID 0 >> BDC 0 0 10 10 re f EMC",
        Structure = "<< /S /Figure /Alt (A square) /K [0] >> << /S /Link /K [ << /Type /OBJR /Obj 8 0 R >> ] >>",
    };

    [Theory]
    [InlineData("/Type /Font /Subtype /TrueType /BaseFont /Foo /FirstChar 32 /LastChar 32 /Widths [500]", "TrueType font with neither /ToUnicode nor /Encoding")]
    [InlineData("/Type /Font /Subtype /Type0 /BaseFont /Foo /Encoding /Identity-H /DescendantFonts [ << /Type /Font /Subtype /CIDFontType2 /BaseFont /Foo /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >> ]", "Type0 font without /ToUnicode and not of a predefined Adobe collection (Adobe-Identity)")]
    public void A_font_whose_codes_cannot_be_mapped_to_unicode_is_10_001(string font, string message)
    {
        var failure = Assert.Single((Pdf with { Font = font }).Failures(), f => f.Checkpoint == "10-001");

        Assert.Equal(1, failure.Page);
        Assert.Equal("font /F1 (Foo) 5 0 R", failure.Object);
        Assert.Equal(message, failure.Message);
    }

    [Fact]
    public void A_font_with_a_ToUnicode_map_is_fine()
    {
        var font = "/Type /Font /Subtype /TrueType /BaseFont /Foo /FirstChar 32 /LastChar 32 /Widths [500] /ToUnicode 9 0 R";
        var cmap = TinyPdf.Stream("", "begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <20> <7E> <0020> endbfrange\nendcmap");

        Assert.DoesNotContain((Pdf with { Font = font, Extra = [cmap] }).Failures(), f => f.Checkpoint == "10-001");
    }
}

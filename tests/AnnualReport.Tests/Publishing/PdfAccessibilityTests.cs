using System.Text;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// The accessibility step on a small tagged PDF shaped like Chromium's: a list item holding a link
/// directly, Strong, a figure around a chart that has the only /Alt, a link without /Contents,
/// untagged painting, no XMP.
/// </summary>
public sealed class PdfAccessibilityTests
{
    [Fact]
    public void The_small_pdf_fails_the_checks_before_and_passes_after()
    {
        using var temp = new TempDirectory();
        var pdf = SmallTaggedPdf.Write(Path.Combine(temp.Path, "small.pdf"));
        var before = UaInspector.Check(pdf);

        PdfAccessibility.Apply(pdf, TestPhrases.For("nb"));

        Assert.Contains(before, p => p.StartsWith("01-005", StringComparison.Ordinal));
        Assert.Contains(before, p => p.StartsWith("06-002", StringComparison.Ordinal));
        Assert.Contains(before, p => p.StartsWith("02-001", StringComparison.Ordinal));
        Assert.Contains(before, p => p.StartsWith("13-004", StringComparison.Ordinal));
        Assert.Contains(before, p => p.StartsWith("28-004", StringComparison.Ordinal));
        Assert.Contains(before, p => p.Contains("an LI holds", StringComparison.Ordinal));
        Assert.Empty(UaInspector.Check(pdf));
    }

    [Fact]
    public void List_content_moves_into_an_LBody_and_the_parent_tree_follows_it()
    {
        using var temp = new TempDirectory();
        var pdf = SmallTaggedPdf.Write(Path.Combine(temp.Path, "small.pdf"));

        PdfAccessibility.Apply(pdf, TestPhrases.For("nb"));

        using var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var item = UaInspector.Elements(root).Single(e => e.Elements.GetName("/S") == "/LI");
        var body = (PdfDictionary)((PdfReference)item.Elements.GetArray("/K")!.Elements[0]).Value;
        Assert.Equal("/LBody", body.Elements.GetName("/S"));
        Assert.Same(item, ((PdfReference)body.Elements["/P"]!).Value);
        var link = UaInspector.Elements(body).Single(e => e.Elements.GetName("/S") == "/Link");
        Assert.Same(body, ((PdfReference)link.Elements["/P"]!).Value);
        var parents = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        var forPage = (PdfArray)((PdfReference)parents.Elements[1]).Value;
        Assert.Same(body, ((PdfReference)forPage.Elements[SmallTaggedPdf.ListItemMcid]).Value);
    }

    [Fact]
    public void The_chart_wrapper_gets_the_charts_alternative_text_and_the_link_says_where_it_goes()
    {
        using var temp = new TempDirectory();
        var pdf = SmallTaggedPdf.Write(Path.Combine(temp.Path, "small.pdf"));

        PdfAccessibility.Apply(pdf, TestPhrases.For("nb"));

        using var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var figures = UaInspector.Elements(root).Where(e => e.Elements.GetName("/S") == "/Figure").ToList();
        Assert.All(figures, f => Assert.Equal(SmallTaggedPdf.ChartAlt, f.Elements.GetString("/Alt")));
        Assert.Equal("/Span", root.Elements.GetDictionary("/RoleMap")!.Elements.GetName("/Strong"));
        var link = (PdfDictionary)((PdfReference)document.Pages[0].Elements.GetArray("/Annots")!.Elements[0]).Value;
        Assert.Equal("Lenke til https://www.ssb.no/", link.Elements.GetString("/Contents"));
    }

    [Theory]
    [InlineData("nb", "Lenke til https://www.ssb.no/")]
    [InlineData("nn", "Lenkje til https://www.ssb.no/")]
    [InlineData("en", "Link to https://www.ssb.no/")]
    public void The_link_description_is_in_the_language_of_the_phrase_book(string language, string expected)
    {
        using var temp = new TempDirectory();
        var pdf = SmallTaggedPdf.Write(Path.Combine(temp.Path, "small.pdf"));

        PdfAccessibility.Apply(pdf, TestPhrases.For(language));

        using var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var link = (PdfDictionary)((PdfReference)document.Pages[0].Elements.GetArray("/Annots")!.Elements[0]).Value;
        Assert.Equal(expected, link.Elements.GetString("/Contents"));
    }

    [Fact]
    public void The_xmp_names_pdfua_part_1_the_title_and_the_language_and_the_version_is_1_7()
    {
        using var temp = new TempDirectory();
        var pdf = SmallTaggedPdf.Write(Path.Combine(temp.Path, "small.pdf"));

        PdfAccessibility.Apply(pdf, TestPhrases.For("nb"));

        using var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var xmp = UaInspector.Xmp(document);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Små tall</rdf:li>", xmp);
        Assert.Contains("<dc:language><rdf:Bag><rdf:li>nb</rdf:li></rdf:Bag></dc:language>", xmp);
        Assert.StartsWith("%PDF-1.7", Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 8));
        Assert.Equal("yes", Poppler.Field(Poppler.Info(pdf), "Metadata Stream"));
    }

    [Fact]
    public void The_same_pdf_in_gives_the_same_bytes_out_with_no_date_from_the_clock()
    {
        using var temp = new TempDirectory();
        var first = SmallTaggedPdf.Write(Path.Combine(temp.Path, "a.pdf"));
        var second = Path.Combine(temp.Path, "b.pdf");
        File.Copy(first, second);

        PdfAccessibility.Apply(first, TestPhrases.For("nb"));
        PdfAccessibility.Apply(second, TestPhrases.For("nb"));

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.DoesNotContain("/ModDate", Encoding.Latin1.GetString(File.ReadAllBytes(first)));
    }
}

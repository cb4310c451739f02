namespace AnnualReport.Tests.PdfUa;

public sealed class CatalogCheckTests
{
    private static readonly string Catalog = TinyPdf.Conforming.Catalog;

    [Fact]
    public void Missing_DisplayDocTitle_is_07_001()
    {
        var failures = (TinyPdf.Conforming with { Catalog = Catalog.Replace("/ViewerPreferences << /DisplayDocTitle true >>", "") }).Failures();

        Assert.Equal(["07-001"], failures.Select(f => f.Checkpoint));
    }

    [Fact]
    public void DisplayDocTitle_false_is_07_002()
    {
        var failures = (TinyPdf.Conforming with { Catalog = Catalog.Replace("/DisplayDocTitle true", "/DisplayDocTitle false") }).Failures();

        Assert.Equal(["07-002"], failures.Select(f => f.Checkpoint));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Lang () ")]
    public void Missing_or_empty_Lang_is_11_006(string lang)
    {
        var failures = (TinyPdf.Conforming with { Catalog = Catalog.Replace("/Lang (en) ", lang) }).Failures();

        Assert.Equal(["11-006"], failures.Select(f => f.Checkpoint));
    }

    [Theory]
    [InlineData("/MarkInfo << /Marked false >>")]
    [InlineData("")]
    public void A_document_not_marked_as_tagged_is_01_002(string markInfo)
    {
        var failures = (TinyPdf.Conforming with { Catalog = Catalog.Replace("/MarkInfo << /Marked true >>", markInfo) }).Failures();

        Assert.Equal(["01-002"], failures.Select(f => f.Checkpoint));
    }

    [Fact]
    public void Suspects_true_is_01_007()
    {
        var failures = (TinyPdf.Conforming with { Catalog = Catalog.Replace("/Marked true", "/Marked true /Suspects true") }).Failures();

        Assert.Equal(["01-007"], failures.Select(f => f.Checkpoint));
    }

    [Fact]
    public void No_structure_tree_is_01_005_for_the_catalog_and_every_tagged_sequence()
    {
        var failures = (TinyPdf.Conforming with { Catalog = Catalog.Replace("/StructTreeRoot 6 0 R ", "") }).Failures();

        Assert.Contains(failures, f => f is { Checkpoint: "01-005", Object: "Catalog" } && f.Message.Contains("no /StructTreeRoot"));
        Assert.Contains(failures, f => f is { Checkpoint: "01-005", Page: 1 } && f.Message.Contains("MCID 0, 1, 2"));
    }
}

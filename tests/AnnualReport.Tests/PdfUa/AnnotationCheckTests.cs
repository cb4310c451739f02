namespace AnnualReport.Tests.PdfUa;

public sealed class AnnotationCheckTests
{
    private static readonly TinyPdf Pdf = TinyPdf.Conforming;

    [Fact]
    public void A_page_with_annotations_and_no_Tabs_is_28_008()
    {
        var failure = Assert.Single((Pdf with { PageEntries = Pdf.PageEntries.Replace("/Tabs /S ", "") }).Failures());

        Assert.Equal(("28-008", 1), (failure.Checkpoint, failure.Page));
    }

    [Fact]
    public void Tabs_other_than_S_is_28_009()
    {
        var failure = Assert.Single((Pdf with { PageEntries = Pdf.PageEntries.Replace("/Tabs /S", "/Tabs /R") }).Failures());

        Assert.Equal("28-009", failure.Checkpoint);
    }

    [Fact]
    public void A_page_without_annotations_needs_no_Tabs()
    {
        var pdf = Pdf with
        {
            PageEntries = "/StructParents 0",
            Structure = Pdf.Structure.Replace(" << /Type /OBJR /Obj 8 0 R >>", ""),
        };

        Assert.Empty(pdf.Failures());
    }

    [Fact]
    public void A_link_outside_the_structure_tree_is_28_011_named_by_its_target()
    {
        var failure = Assert.Single((Pdf with { Structure = Pdf.Structure.Replace(" << /Type /OBJR /Obj 8 0 R >>", "") }).Failures());

        Assert.Equal("28-011", failure.Checkpoint);
        Assert.Equal("Link annotation 8 0 R → https://example.org/", failure.Object);
        Assert.Contains("no Link element has an /OBJR to it", failure.Message);
    }

    [Fact]
    public void A_link_owned_by_another_element_is_28_011()
    {
        var structure = Pdf.Structure.Replace("<< /S /Link /K [ 7 << /Type /OBJR /Obj 8 0 R >> ] >>", "<< /S /P /K [ 7 << /Type /OBJR /Obj 8 0 R >> ] >>");

        var failure = Assert.Single((Pdf with { Structure = structure }).Failures());

        Assert.Equal("28-011", failure.Checkpoint);
        Assert.StartsWith("owned by P element", failure.Message);
    }

    [Fact]
    public void A_link_without_Contents_is_28_012()
    {
        var failure = Assert.Single((Pdf with { Annotation = Pdf.Annotation.Replace("/Contents (Example website) ", "") }).Failures());

        Assert.Equal("28-012", failure.Checkpoint);
    }

    [Fact]
    public void Another_annotation_outside_an_Annot_element_and_without_Contents_is_28_002_and_28_004()
    {
        var pdf = Pdf with
        {
            Annotation = "/Type /Annot /Subtype /Text /Rect [10 10 20 20]",
            Structure = Pdf.Structure.Replace(" << /Type /OBJR /Obj 8 0 R >>", ""),
        };

        Assert.Equal(["28-002", "28-004"], pdf.Failures().Select(f => f.Checkpoint).Order());
    }

    [Fact]
    public void Hidden_and_popup_annotations_are_left_alone()
    {
        var structure = Pdf.Structure.Replace(" << /Type /OBJR /Obj 8 0 R >>", "");

        Assert.Empty((Pdf with { Annotation = "/Type /Annot /Subtype /Popup /Rect [10 10 20 20]", Structure = structure }).Failures());
        Assert.Empty((Pdf with { Annotation = "/Type /Annot /Subtype /Text /F 2 /Rect [10 10 20 20]", Structure = structure }).Failures());
    }
}

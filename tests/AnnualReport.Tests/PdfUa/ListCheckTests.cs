namespace AnnualReport.Tests.PdfUa;

public sealed class ListCheckTests
{
    private const string List = "<< /S /L /K [ << /S /LI /K [ << /S /Lbl /K [3] >> << /S /LBody /K [4] >> ] >> ] >>";

    [Fact]
    public void A_list_holding_something_other_than_LI_or_Caption_is_09_005()
    {
        var structure = TinyPdf.Conforming.Structure.Replace(List, "<< /S /L /K [ << /S /Caption /K [3] >> << /S /P /K [4] >> ] >>");

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("09-005", failure.Checkpoint);
        Assert.StartsWith("L element", failure.Object);
        Assert.Equal("L has child(ren) P; allowed: LI, Caption", failure.Message);
    }

    [Fact]
    public void A_list_item_holding_something_other_than_Lbl_or_LBody_is_09_005()
    {
        var structure = TinyPdf.Conforming.Structure.Replace(List, "<< /S /L /K [ << /S /LI /K [ << /S /Lbl /K [3] >> << /S /Link /K [4] >> ] >> ] >>");

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("LI has child(ren) Link; allowed: Lbl, LBody", failure.Message);
    }

    [Fact]
    public void A_list_item_holding_content_directly_is_09_005()
    {
        var structure = TinyPdf.Conforming.Structure.Replace(List, "<< /S /L /K [ << /S /LI /K [3 4] >> ] >>");

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("LI holds content directly; it belongs in Lbl or LBody", failure.Message);
    }

    [Fact]
    public void Role_mapped_list_parts_count_as_their_standard_types()
    {
        var structure = TinyPdf.Conforming.Structure.Replace("/S /LBody", "/S /ItemBody");

        Assert.Empty((TinyPdf.Conforming with { Structure = structure, RoleMap = "/Chapter /Sect /ItemBody /LBody" }).Failures());
    }
}

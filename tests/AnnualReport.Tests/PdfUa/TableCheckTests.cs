namespace AnnualReport.Tests.PdfUa;

public sealed class TableCheckTests
{
    private static readonly string Structure = TinyPdf.Conforming.Structure;

    [Theory]
    [InlineData("/A << /O /Table >> ")]
    [InlineData("")]
    [InlineData("/A << /O /Layout /Scope /Column >> ")]
    public void A_header_cell_without_Scope_is_15_003(string attributes)
    {
        var structure = Structure.Replace("/A << /O /Table /Scope /Column >> ", attributes);

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("15-003", failure.Checkpoint);
        Assert.StartsWith("TH element", failure.Object);
        Assert.Contains("TH has no /Scope", failure.Message);
    }

    [Fact]
    public void Scope_may_be_one_of_several_attribute_dictionaries()
    {
        var structure = Structure.Replace("/A << /O /Table /Scope /Column >>", "/A [ << /O /Layout /Placement /Block >> 0 << /O /Table /Scope /Row >> ]");

        Assert.Empty((TinyPdf.Conforming with { Structure = structure }).Failures());
    }

    [Fact]
    public void A_table_organised_with_Headers_needs_no_Scope()
    {
        var structure = Structure
            .Replace("/A << /O /Table /Scope /Column >> ", "/ID (year) ")
            .Replace("<< /S /TD /K [6] >>", "<< /S /TD /A << /O /Table /Headers [(year)] >> /K [6] >>");

        Assert.Empty((TinyPdf.Conforming with { Structure = structure }).Failures());
    }

    [Fact]
    public void A_row_holding_something_other_than_cells_is_09_004()
    {
        var structure = Structure.Replace("<< /S /TD /K [6] >>", "<< /S /P /K [6] >>");

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("09-004", failure.Checkpoint);
        Assert.Equal("TR has child(ren) P; allowed: TH, TD", failure.Message);
    }

    [Fact]
    public void A_table_of_cells_without_rows_is_09_004()
    {
        var structure = Structure.Replace(
            "<< /S /Table /K [ << /S /TR /K [ << /S /TH /A << /O /Table /Scope /Column >> /K [5] >> ] >> << /S /TR /K [ << /S /TD /K [6] >> ] >> ] >>",
            "<< /S /Table /K [ << /S /TH /A << /O /Table /Scope /Column >> /K [5] >> << /S /TD /K [6] >> ] >>");

        var failures = (TinyPdf.Conforming with { Structure = structure }).Failures();

        Assert.All(failures, f => Assert.Equal("09-004", f.Checkpoint));
        Assert.Contains(failures, f => f.Message == "Table has no TR rows");
        Assert.Contains(failures, f => f.Message == "Table has child(ren) TH, TD; allowed: TR, THead, TBody, TFoot, Caption");
    }

    [Fact]
    public void Row_groups_are_allowed()
    {
        var structure = Structure.Replace("<< /S /Table /K [ << /S /TR", "<< /S /Table /K [ << /S /THead /K [ << /S /TR")
            .Replace("/K [5] >> ] >>", "/K [5] >> ] >> ] >> << /S /TBody /K [")
            .Replace("/K [6] >> ] >> ] >>", "/K [6] >> ] >> ] >> ] >>");

        Assert.Empty((TinyPdf.Conforming with { Structure = structure }).Failures());
    }
}

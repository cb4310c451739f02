namespace AnnualReport.Tests.PdfUa;

public sealed class FigureCheckTests
{
    private static readonly string Structure = TinyPdf.Conforming.Structure;

    [Theory]
    [InlineData("")]
    [InlineData("/Alt () ")]
    [InlineData("/Alt (   ) ")]
    public void A_figure_without_alternate_text_is_13_004(string alt)
    {
        var failures = (TinyPdf.Conforming with { Structure = Structure.Replace("/Alt (A red square) ", alt) }).Failures();

        var failure = Assert.Single(failures);
        Assert.Equal("13-004", failure.Checkpoint);
        Assert.Equal(1, failure.Page);
        Assert.StartsWith("Figure element", failure.Object);
    }

    [Fact]
    public void ActualText_replaces_Alt()
    {
        var structure = Structure.Replace("/Alt (A red square)", "/ActualText (A red square)");

        Assert.Empty((TinyPdf.Conforming with { Structure = structure }).Failures());
    }

    [Fact]
    public void A_role_mapped_figure_needs_alternate_text_too()
    {
        var failures = (TinyPdf.Conforming with
        {
            RoleMap = "/Chapter /Sect /Chart /Figure",
            Structure = Structure.Replace("<< /S /Figure /Alt (A red square) /K [2] >>", "<< /S /Chart /K [2] >>"),
        }).Failures();

        Assert.StartsWith("Chart element", Assert.Single(failures, f => f.Checkpoint == "13-004").Object);
    }

    [Fact]
    public void A_figure_nested_in_a_figure_needs_its_own_alternate_text()
    {
        var structure = Structure.Replace("/K [2] >>", "/K [ << /S /Figure /K [2] >> ] >>");

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("13-004", failure.Checkpoint);
        Assert.Contains("(nested in a Figure)", failure.Message);
    }
}

namespace AnnualReport.Tests.PdfUa;

public sealed class HeadingCheckTests
{
    [Fact]
    public void A_first_numbered_heading_other_than_H1_is_14_002()
    {
        var structure = TinyPdf.Conforming.Structure.Replace("/S /H1 ", "/S /P ");

        var failures = (TinyPdf.Conforming with { Structure = structure }).Failures();

        Assert.Equal("the first numbered heading is H2, not H1", Assert.Single(failures, f => f.Checkpoint == "14-002").Message);
    }

    [Fact]
    public void A_skipped_heading_level_is_14_003()
    {
        var structure = TinyPdf.Conforming.Structure.Replace("/S /H2 ", "/S /H3 ");

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("14-003", failure.Checkpoint);
        Assert.Equal("H3 follows H1: heading level H2 is skipped", failure.Message);
    }

    [Fact]
    public void Going_back_up_several_levels_is_allowed()
    {
        var structure = TinyPdf.Conforming.Structure + "<< /S /H3 >> << /S /H1 >>";

        Assert.Empty((TinyPdf.Conforming with { Structure = structure }).Failures());
    }
}

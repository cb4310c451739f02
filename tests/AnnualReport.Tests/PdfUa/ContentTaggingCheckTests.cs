namespace AnnualReport.Tests.PdfUa;

public sealed class ContentTaggingCheckTests
{
    private static readonly string Content = TinyPdf.Conforming.Content;

    [Fact]
    public void Text_outside_tagged_content_and_artifacts_is_01_005_with_page_count_and_sample()
    {
        var failures = (TinyPdf.Conforming with { Content = Content + "\nBT /F1 12 Tf 72 300 Td (Loose words) Tj (more) ' ET" }).Failures();

        var failure = Assert.Single(failures);
        Assert.Equal("01-005", failure.Checkpoint);
        Assert.Equal(1, failure.Page);
        Assert.Contains("2 operation(s) neither tagged nor marked as /Artifact (2 text-showing, 0 path-painting/XObject)", failure.Message);
        Assert.Contains("text: \"Loose wordsmore\"", failure.Message);
    }

    [Theory]
    [InlineData("0 0 10 10 re f")]
    [InlineData("0 0 m 10 10 l S")]
    [InlineData("0 0 10 10 re B*")]
    public void Paths_painted_outside_tagged_content_and_artifacts_are_01_005(string path)
    {
        var failures = (TinyPdf.Conforming with { Content = path + "\n" + Content }).Failures();

        var failure = Assert.Single(failures);
        Assert.Equal("01-005", failure.Checkpoint);
        Assert.Contains("(0 text-showing, 1 path-painting/XObject)", failure.Message);
    }

    [Fact]
    public void A_marked_sequence_without_MCID_does_not_tag_its_content()
    {
        var failures = (TinyPdf.Conforming with { Content = Content + "\n/Span << /Lang (en) >> BDC BT /F1 12 Tf 72 300 Td (Spanned) Tj ET EMC" }).Failures();

        Assert.Contains("text: \"Spanned\"", Assert.Single(failures).Message);
    }

    [Fact]
    public void A_marked_sequence_inside_tagged_content_stays_tagged()
    {
        var content = Content.Replace("(Tiny report) Tj", "/Span << /Lang (en) >> BDC (Tiny report) Tj EMC");

        Assert.Empty((TinyPdf.Conforming with { Content = content }).Failures());
    }

    [Fact]
    public void An_MCID_the_structure_tree_does_not_reference_is_01_005()
    {
        var failures = (TinyPdf.Conforming with { Content = Content + "\n/P << /MCID 42 >> BDC BT /F1 12 Tf 72 300 Td (Lost) Tj ET EMC" }).Failures();

        var failure = Assert.Single(failures);
        Assert.Equal("01-005", failure.Checkpoint);
        Assert.Contains("MCID the structure tree does not reference (MCID 42)", failure.Message);
    }

    [Fact]
    public void An_artifact_inside_tagged_content_is_01_003()
    {
        var content = Content.Replace("(Tiny report) Tj", "(Tiny report) Tj /Artifact BMC (*) Tj EMC");

        var failures = (TinyPdf.Conforming with { Content = content }).Failures();

        Assert.Equal(["01-003"], failures.Select(f => f.Checkpoint));
    }

    [Fact]
    public void Tagged_content_inside_an_artifact_is_01_004()
    {
        var content = Content.Replace("(Page 1 of 1) Tj", "(Page 1 of 1) Tj /P << /MCID 9 >> BDC (x) Tj EMC")
            + "\n";
        var structure = TinyPdf.Conforming.Structure + "<< /S /P /K [9] >>";

        var failures = (TinyPdf.Conforming with { Content = content, Structure = structure }).Failures();

        Assert.Equal(["01-004"], failures.Select(f => f.Checkpoint));
    }
}

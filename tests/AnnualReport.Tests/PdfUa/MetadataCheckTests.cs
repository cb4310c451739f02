namespace AnnualReport.Tests.PdfUa;

public sealed class MetadataCheckTests
{
    [Fact]
    public void No_metadata_stream_is_06_001()
    {
        var failures = (TinyPdf.Conforming with { Xmp = null, Catalog = TinyPdf.Conforming.Catalog.Replace("/Metadata 7 0 R ", "") }).Failures();

        var failure = Assert.Single(failures);
        Assert.Equal("06-001", failure.Checkpoint);
        Assert.Equal("Catalog", failure.Object);
    }

    [Fact]
    public void Metadata_that_is_not_xml_is_06_001()
    {
        var failures = (TinyPdf.Conforming with { Xmp = "<x:xmpmeta" }).Failures();

        Assert.Equal(["06-001"], failures.Select(f => f.Checkpoint));
    }

    [Fact]
    public void Metadata_without_the_pdfua_identifier_is_06_002()
    {
        var failures = (TinyPdf.Conforming with { Xmp = TinyPdf.DefaultXmp.Replace("<pdfuaid:part>1</pdfuaid:part>", "") }).Failures();

        var failure = Assert.Single(failures);
        Assert.Equal("06-002", failure.Checkpoint);
        Assert.Contains("no PDF/UA identifier", failure.Message);
    }

    [Fact]
    public void A_pdfua_part_other_than_1_is_06_002()
    {
        var failures = (TinyPdf.Conforming with { Xmp = TinyPdf.DefaultXmp.Replace("<pdfuaid:part>1</pdfuaid:part>", "<pdfuaid:part>2</pdfuaid:part>") }).Failures();

        Assert.Equal("pdfuaid:part is '2', not 1", Assert.Single(failures).Message);
    }

    [Fact]
    public void The_identifier_may_be_an_attribute()
    {
        var xmp = TinyPdf.DefaultXmp
            .Replace("<pdfuaid:part>1</pdfuaid:part>", "")
            .Replace("rdf:about=\"\"", "rdf:about=\"\" pdfuaid:part=\"1\"");

        Assert.Empty((TinyPdf.Conforming with { Xmp = xmp }).Failures());
    }

    [Theory]
    [InlineData("")]
    [InlineData("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\"> </rdf:li></rdf:Alt></dc:title>")]
    public void Metadata_without_a_title_is_06_003(string title)
    {
        var xmp = TinyPdf.DefaultXmp.Replace("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Tiny report</rdf:li></rdf:Alt></dc:title>", title);

        var failures = (TinyPdf.Conforming with { Xmp = xmp }).Failures();

        Assert.Equal(["06-003"], failures.Select(f => f.Checkpoint));
    }
}

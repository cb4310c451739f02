namespace AnnualReport.Tests.PdfUa;

public sealed class RoleMapCheckTests
{
    [Fact]
    public void An_unmapped_non_standard_type_is_02_001_once_per_type()
    {
        var structure = TinyPdf.Conforming.Structure + "<< /S /Strong >> << /S /Strong >>";

        var failure = Assert.Single((TinyPdf.Conforming with { Structure = structure }).Failures());

        Assert.Equal("02-001", failure.Checkpoint);
        Assert.Equal("the non-standard type /Strong is not in /RoleMap (2 element(s) use it)", failure.Message);
    }

    [Fact]
    public void A_mapping_that_ends_off_the_standard_set_is_02_001()
    {
        var failures = (TinyPdf.Conforming with { RoleMap = "/Chapter /Chunk" }).Failures();

        Assert.Contains(failures, f => f.Checkpoint == "02-001" && f.Message == "/Chapter does not end at a standard type (/Chapter → /Chunk)");
    }

    [Fact]
    public void A_chain_of_mappings_to_a_standard_type_is_fine()
    {
        Assert.Empty((TinyPdf.Conforming with { RoleMap = "/Chapter /Part2 /Part2 /Sect" }).Failures());
    }

    [Fact]
    public void A_circular_mapping_is_02_003()
    {
        var failures = (TinyPdf.Conforming with { RoleMap = "/Chapter /Part2 /Part2 /Chapter" }).Failures();

        Assert.Contains(failures, f => f.Checkpoint == "02-003" && f.Message == "/Chapter is mapped in a circle (/Chapter → /Part2 → /Chapter)");
    }

    [Fact]
    public void A_remapped_standard_type_is_02_004()
    {
        var failure = Assert.Single((TinyPdf.Conforming with { RoleMap = "/Chapter /Sect /P /Span" }).Failures());

        Assert.Equal("02-004", failure.Checkpoint);
        Assert.Equal("the standard type /P is remapped to /Span", failure.Message);
    }
}

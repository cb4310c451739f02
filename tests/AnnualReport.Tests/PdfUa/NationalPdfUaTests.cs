using AnnualReport.Tests.EndToEnd;

namespace AnnualReport.Tests.PdfUa;

/// <summary>The national sample PDF, printed by the real Chromium, against the Matterhorn checkpoints (issue 13).</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
[Trait("Issue", "13")]
public sealed class NationalPdfUaTests(SampleBuildFixture build)
{
    [Fact]
    public void The_national_pdf_meets_the_pdf_ua_checkpoints() => PdfUaAssert.Conforms(build.Pdf);
}

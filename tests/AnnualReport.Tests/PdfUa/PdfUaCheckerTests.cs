namespace AnnualReport.Tests.PdfUa;

public sealed class PdfUaCheckerTests
{
    [Fact]
    public void A_pdf_that_meets_every_checkpoint_has_no_failures()
    {
        var failures = TinyPdf.Conforming.Failures();

        Assert.True(failures.Count == 0, PdfUaChecker.Format(failures));
    }

    [Fact]
    public void The_report_counts_per_checkpoint_and_names_page_and_object()
    {
        var failures = (TinyPdf.Conforming with
        {
            Catalog = TinyPdf.Conforming.Catalog.Replace("/Lang (en) ", ""),
            Structure = TinyPdf.Conforming.Structure.Replace("/Alt (A red square) ", ""),
        }).Failures();

        var report = PdfUaChecker.Format(failures);

        Assert.Contains("Matterhorn 11-006: 1 failure(s)", report);
        Assert.Contains("11-006 Catalog: no document language", report);
        Assert.Contains("Matterhorn 13-004: 1 failure(s)", report);
        Assert.Contains("13-004 page 1, Figure element (direct): no /Alt or /ActualText", report);
    }

    [Fact]
    public void The_report_shortens_long_lists()
    {
        var failures = Enumerable.Range(1, 5).Select(p => new PdfUaFailure("01-005", p, "content stream", "untagged")).ToList();

        var report = PdfUaChecker.Format(failures, perCheckpoint: 2);

        Assert.Contains("Matterhorn 01-005: 5 failure(s)", report);
        Assert.Contains("01-005 page 2, content stream: untagged", report);
        Assert.DoesNotContain("page 3", report);
        Assert.Contains("… and 3 more", report);
    }
}

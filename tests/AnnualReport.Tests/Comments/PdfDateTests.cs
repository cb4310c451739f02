using AnnualReport.Comments;

namespace AnnualReport.Tests.Comments;

public sealed class PdfDateTests
{
    [Theory]
    [InlineData("D:20261130101500+01'00'", "2026-11-30T10:15:00+01:00")]
    [InlineData("D:20261130101500+01'00", "2026-11-30T10:15:00+01:00")]
    [InlineData("D:20261130101500-05'30'", "2026-11-30T10:15:00-05:30")]
    [InlineData("D:20261130101500Z", "2026-11-30T10:15:00Z")]
    [InlineData("D:20261130101500Z00'00'", "2026-11-30T10:15:00Z")]
    [InlineData("20261130101500", "2026-11-30T10:15:00")]
    [InlineData("D:2026", "2026-01-01T00:00:00")]
    [InlineData("D:202611", "2026-11-01T00:00:00")]
    [InlineData("D:20260230", null)]
    [InlineData("D:20261130256000", null)]
    [InlineData("i går", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Pdf_dates_become_iso_date_times_and_bad_ones_null(string? pdf, string? iso) => Assert.Equal(iso, PdfDate.ToIso(pdf));
}

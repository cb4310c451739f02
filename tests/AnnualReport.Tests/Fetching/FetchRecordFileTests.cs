using AnnualReport.Fetching;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Fetching;

/// <summary>The provenance record beside a fetched file: written as readable YAML, read back the same.</summary>
public sealed class FetchRecordFileTests
{
    private static readonly FetchRecord Record = new(
        "pxwebapi2", "https://data.ssb.no/api/pxwebapi/v2", "05300", "no", "InnvandrKat=B,C; Tid=top(10)",
        [new FetchedRequest("https://data.ssb.no/api/pxwebapi/v2/tables/05300/data?lang=no&valueCodes[Tid]=2025&outputFormat=json-stat2", null, "ab12")],
        new DateTimeOffset(2026, 11, 12, 9, 30, 5, TimeSpan.Zero), "2026-11-12T07:00:00Z", "ab12");

    [Fact]
    public void Record_is_written_as_yaml_and_read_back_the_same()
    {
        using var temp = new TempDirectory();
        var text = FetchRecordFile.Write(Record);
        var path = temp.File("05300.json.provenance.yaml", text);

        var read = FetchRecordFile.TryRead(path);

        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.Contains("table: \"05300\"\n", text, StringComparison.Ordinal);
        Assert.Contains("lang: \"no\"\n", text, StringComparison.Ordinal);
        Assert.Contains("retrieved: 2026-11-12T09:30:05Z\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("...", text, StringComparison.Ordinal);
        Assert.NotNull(read);
        Assert.Equal(Record with { Requests = [] }, read with { Requests = [] });
        Assert.Equal(Record.Requests, read.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("api: [unclosed")]
    [InlineData("api: pxwebapi2\nsite: x\n")]
    public void Record_that_cannot_be_read_is_no_record(string text)
    {
        using var temp = new TempDirectory();

        Assert.Null(FetchRecordFile.TryRead(temp.File("x.provenance.yaml", text)));
    }
}

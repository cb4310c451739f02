using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AnnualReport.Data;
using AnnualReport.Fetching;
using AnnualReport.Model;

namespace AnnualReport.Tests.Fetching;

/// <summary>fetch against a local server that answers as PxWebApi 2, the older PxWeb API and Eurostat do.</summary>
public sealed class TableFetcherTests
{
    [Fact]
    public async Task PxWebApi2_table_is_written_as_json_stat_with_its_provenance()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.New, outcome.Status);
        var cube = new JsonStatReader().Read(InputFile.At(job.Path), []);
        Assert.NotNull(cube);
        Assert.Equal([2, 8, 1, 10], cube.Dimensions.Select(d => d.Size));
        Assert.Equal("2016", cube.FindDimension("Tid")!.Categories[0].Code);
        var data = Assert.Single(setup.Server.Urls("/data"));
        Assert.Equal("/api/v2/tables/05300/data?lang=no&valueCodes[InnvandrKat]=B,C&valueCodes[Landbakgrunn]=999,001,002,003,004,005,006,007&valueCodes[ContentsCode]=Personer&valueCodes[Tid]=2016,2017,2018,2019,2020,2021,2022,2023,2024,2025&outputFormat=json-stat2", data);
        Assert.Single(setup.Server.Urls("/metadata?lang=no&outputFormat=json-stat2"));

        var record = FetchRecordFile.TryRead(FetchRecord.PathFor(job.Path));
        Assert.NotNull(record);
        Assert.Equal("pxwebapi2", record.Api);
        Assert.Equal("05300", record.Table);
        Assert.Equal("InnvandrKat=B,C; ContentsCode=Personer; Tid=top(10)", record.Selection);
        Assert.Equal("2025-03-06T07:00:00Z", record.Updated);
        Assert.Equal(setup.Clock.UtcNow, record.Retrieved);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(job.Path))), record.Sha256);
        Assert.Equal(record.Sha256, Assert.Single(record.Requests).Sha256);
        Assert.EndsWith(data, Assert.Single(record.Requests).Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unchanged_table_is_not_downloaded_again()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();
        await setup.FetchAsync(job);
        var written = File.GetLastWriteTimeUtc(job.Path);

        var again = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Unchanged, again.Status);
        Assert.Single(setup.Server.Urls("/data"));
        Assert.Equal(2, setup.Server.Urls("/metadata").Count());
        Assert.Equal(written, File.GetLastWriteTimeUtc(job.Path));
    }

    [Fact]
    public async Task Force_downloads_an_unchanged_table_and_finds_no_changed_figures()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();
        await setup.FetchAsync(job);

        var forced = await setup.FetchAsync(job, force: true);

        Assert.Equal(FetchStatus.Updated, forced.Status);
        Assert.Equal(2, setup.Server.Urls("/data").Count());
        Assert.True(forced.Diff!.IsEmpty);
    }

    [Fact]
    public async Task Updated_table_is_downloaded_and_the_changed_figures_are_listed()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();
        await setup.FetchAsync(job);
        var table = setup.Server.Tables["05300"];
        table["updated"] = "2026-11-12T07:00:00Z";
        table["value"]![table["value"]!.AsArray().Count - 1] = 123456;

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Updated, outcome.Status);
        Assert.Equal(1, outcome.Diff!.Changed);
        var change = Assert.Single(outcome.Diff.Examples);
        Assert.Equal("InnvandrKat=C, Landbakgrunn=007, ContentsCode=Personer, Tid=2025", change.Cell);
        Assert.Equal("123456", change.New);
        Assert.Equal("2026-11-12T07:00:00Z", FetchRecordFile.TryRead(FetchRecord.PathFor(job.Path))!.Updated);
    }

    [Fact]
    public async Task A_file_edited_by_hand_is_fetched_again()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();
        await setup.FetchAsync(job);
        var original = File.ReadAllBytes(job.Path);
        File.WriteAllText(job.Path, "{}");

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Updated, outcome.Status);
        Assert.Equal(original, File.ReadAllBytes(job.Path));
    }

    [Fact]
    public async Task Selection_over_the_cells_limit_is_split_by_period_and_merged_into_one_file()
    {
        using var whole = new FetchSetup();
        var one = whole.Ssb();
        await whole.FetchAsync(one);
        using var setup = new FetchSetup();
        setup.Server.MaxDataCells = 50;
        var job = setup.Ssb();

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.New, outcome.Status);
        var parts = setup.Server.Urls("/data").ToList();
        Assert.Equal(4, parts.Count);
        Assert.Contains("valueCodes[Tid]=2016,2017,2018&", parts[0], StringComparison.Ordinal);
        Assert.Contains("valueCodes[Tid]=2025&", parts[3], StringComparison.Ordinal);
        Assert.Equal(4, outcome.Record!.Requests.Count);
        Assert.True(CubeDiffer.Compare(Read(one.Path), Read(job.Path)).IsEmpty);
        Assert.Equal(JsonNode.Parse(File.ReadAllText(one.Path))!["value"]!.ToJsonString(), JsonNode.Parse(File.ReadAllText(job.Path))!["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Selection_the_table_lacks_is_reported_as_the_catalogues_fault()
    {
        using var setup = new FetchSetup();
        var job = setup.Job(FetchApi.PxWebApi2, "05300", "05300.json", FetchSetup.Select("InnvandrKat", "B", "X"));

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.True(outcome.InputFailure);
        Assert.Contains("InnvandrKat", outcome.Failure, StringComparison.Ordinal);
        Assert.Empty(setup.Server.Urls("/data"));
    }

    [Fact]
    public async Task Older_pxweb_api_gets_its_query_posted()
    {
        using var setup = new FetchSetup();
        var job = setup.Job(FetchApi.PxWebApi1, "05300", "05300.json", FetchSetup.Select("InnvandrKat", "B"), FetchSetup.Select("Tid", "from(2020)"));

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.New, outcome.Status);
        var post = Assert.Single(setup.Server.Requests, r => r.Method == "POST");
        Assert.Equal("/api/v0/no/table/05300", post.Url);
        var query = JsonNode.Parse(post.Body)!;
        Assert.Equal("json-stat2", query["response"]!["format"]!.GetValue<string>());
        Assert.Equal("""{"code":"InnvandrKat","selection":{"filter":"item","values":["B"]}}""", query["query"]![0]!.ToJsonString());
        Assert.Equal([1, 8, 1, 6], Read(job.Path).Dimensions.Select(d => d.Size));
        Assert.Equal("2025-03-06T07:00:00Z", outcome.Record!.Updated);
        Assert.Equal(post.Body, outcome.Record.Requests[0].Body);
    }

    [Fact]
    public async Task Eurostat_gets_codes_as_repeated_parameters_and_periods_as_since()
    {
        using var setup = new FetchSetup();
        setup.Server.Tables["migr_pop"] = WithTimeDimension(setup.Server.Tables["05300"]);
        var job = setup.Job(FetchApi.Eurostat, "migr_pop", "eurostat.json", FetchSetup.Select("InnvandrKat", "B", "C"), FetchSetup.Select("Landbakgrunn", "999"), FetchSetup.Select("time", "from(2023)"));

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.New, outcome.Status);
        Assert.Equal("/eurostat/api/dissemination/statistics/1.0/data/migr_pop?format=JSON&lang=EN&InnvandrKat=B&InnvandrKat=C&Landbakgrunn=999&sinceTimePeriod=2023", Assert.Single(setup.Server.Requests).Url);
        Assert.Equal([2, 1, 1, 3], Read(job.Path).Dimensions.Select(d => d.Size));

        var again = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Unchanged, again.Status);
    }

    /// <summary>The table as Eurostat names its time dimension.</summary>
    private static JsonObject WithTimeDimension(JsonObject table)
    {
        var text = table.ToJsonString().Replace("\"Tid\"", "\"time\"", StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static DataCube Read(string path) => new JsonStatReader().Read(InputFile.At(path), []) ?? throw new InvalidOperationException(path);
}

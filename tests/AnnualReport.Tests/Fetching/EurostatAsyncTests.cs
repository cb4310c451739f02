using System.Text.Json.Nodes;
using AnnualReport.Data;
using AnnualReport.Fetching;
using AnnualReport.Model;

namespace AnnualReport.Tests.Fetching;

/// <summary>
/// Eurostat's asynchronous answers to large requests, against the local server answering as
/// the statistics API and its async endpoint do: the data is waited for with back-off, within a
/// total limit, and a table that does not come leaves the old files as they were.
/// </summary>
public sealed class EurostatAsyncTests
{
    private static readonly FetchSettings Patient = FetchSetup.Quick with { AsyncFirstWait = TimeSpan.FromSeconds(5), AsyncMaxInterval = TimeSpan.FromSeconds(20), AsyncMaxWait = TimeSpan.FromSeconds(60) };

    private static FetchJob Job(FetchSetup setup)
    {
        setup.Server.Tables["migr_pop"] = JsonNode.Parse(setup.Server.Tables["05300"].ToJsonString().Replace("\"Tid\"", "\"time\"", StringComparison.Ordinal))!.AsObject();
        return setup.Job(FetchApi.Eurostat, "migr_pop", "eurostat.json", FetchSetup.Select("InnvandrKat", "B"), FetchSetup.Select("time", "from(2024)"));
    }

    [Fact]
    public async Task An_answer_with_a_key_is_polled_with_back_off_and_taken_from_the_async_endpoint()
    {
        using var setup = new FetchSetup(Patient);
        var job = Job(setup);
        setup.Server.DeferEurostat("migr_pop", polls: 2);

        var outcome = await setup.FetchAsync(job);

        Assert.True(outcome.Status == FetchStatus.New, outcome.Failure);
        Assert.Equal(3, setup.Server.Urls("/1.0/async/status/key-migr_pop-1").Count());
        Assert.Single(setup.Server.Urls("/1.0/async/data/key-migr_pop-1"));
        Assert.Equal([5, 10, 20], setup.Clock.Waits.Select(w => w.TotalSeconds));
        Assert.Equal(2, new JsonStatReader().Read(InputFile.At(job.Path), [])!.FindDimension("time")!.Size);
    }

    [Fact]
    public async Task An_answer_without_a_key_is_asked_for_again_until_the_data_comes()
    {
        using var setup = new FetchSetup(Patient);
        var job = Job(setup);
        setup.Server.DeferEurostat("migr_pop", polls: 2, withKey: false);

        var outcome = await setup.FetchAsync(job);

        Assert.True(outcome.Status == FetchStatus.New, outcome.Failure);
        Assert.Equal(3, setup.Server.Urls("/data/migr_pop?").Count());
        Assert.Equal([5, 10], setup.Clock.Waits.Select(w => w.TotalSeconds));
    }

    [Theory]
    [InlineData(100, "AVAILABLE", "55")]
    [InlineData(1, "EXPIRED", "EXPIRED")]
    public async Task Data_that_never_comes_fails_the_table_and_keeps_the_old_file(int polls, string final, string said)
    {
        using var setup = new FetchSetup(Patient);
        var job = Job(setup);
        Directory.CreateDirectory(Path.GetDirectoryName(job.Path)!);
        File.WriteAllText(job.Path, "{\"old\": true}");
        setup.Server.DeferEurostat("migr_pop", polls, final: final);

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Contains(said, outcome.Failure, StringComparison.Ordinal);
        Assert.Contains("key-migr_pop-1", outcome.Failure, StringComparison.Ordinal);
        Assert.Equal("{\"old\": true}", File.ReadAllText(job.Path));
        Assert.False(File.Exists(FetchRecord.PathFor(job.Path)));
        Assert.True(setup.Clock.Waits.Sum(w => w.TotalSeconds) <= 60);
    }
}

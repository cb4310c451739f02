using AnnualReport.Fetching;
using AnnualReport.Model;

namespace AnnualReport.Tests.Fetching;

/// <summary>fetch within the APIs' limits and through their failures: a failed table never touches its previous files.</summary>
public sealed class FetchFailureTests
{
    [Fact]
    public async Task Too_many_requests_is_waited_out_as_Retry_After_says()
    {
        using var setup = new FetchSetup();
        setup.Server.Fail("/data", 429, retryAfter: "1");

        var outcome = await setup.FetchAsync(setup.Ssb());

        Assert.Equal(FetchStatus.New, outcome.Status);
        Assert.Equal(2, setup.Server.Urls("/data").Count());
        Assert.Contains(TimeSpan.FromSeconds(1), setup.Clock.Waits);
    }

    [Fact]
    public async Task Retry_After_longer_than_fetch_waits_fails_the_table_at_once()
    {
        using var setup = new FetchSetup();
        setup.Server.Fail("/data", 429, retryAfter: "3600");

        var outcome = await setup.FetchAsync(setup.Ssb());

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Contains("3600", outcome.Failure, StringComparison.Ordinal);
        Assert.Single(setup.Server.Urls("/data"));
    }

    [Fact]
    public async Task Timeout_is_tried_again()
    {
        // The server holds the first data request far longer than the timeout; on a busy machine
        // another request may time out too, so the counts are lower bounds.
        using var setup = new FetchSetup(FetchSetup.Quick with { Timeout = TimeSpan.FromSeconds(1) });
        setup.Server.Delay("/data", TimeSpan.FromSeconds(60));

        var outcome = await setup.FetchAsync(setup.Ssb());

        Assert.Equal(FetchStatus.New, outcome.Status);
        Assert.True(setup.Server.Urls("/data").Count() >= 2);
        Assert.Contains(TimeSpan.FromSeconds(1), setup.Clock.Waits);
    }

    [Fact]
    public async Task Server_error_is_tried_again_with_growing_waits_and_then_succeeds()
    {
        using var setup = new FetchSetup();
        setup.Server.Fail("/data", 503, times: 2);

        var outcome = await setup.FetchAsync(setup.Ssb());

        Assert.Equal(FetchStatus.New, outcome.Status);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], setup.Clock.Waits);
    }

    [Fact]
    public async Task Server_error_on_every_try_gives_up_after_the_tries_allowed()
    {
        using var setup = new FetchSetup();
        setup.Server.Fail("/data", 500, times: 5);

        var outcome = await setup.FetchAsync(setup.Ssb());

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.False(outcome.InputFailure);
        Assert.Equal(3, setup.Server.Urls("/data").Count());
        Assert.Contains("500", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_failed_table_keeps_its_old_file_and_the_others_are_fetched()
    {
        using var setup = new FetchSetup();
        var good = setup.Ssb("good.json");
        var bad = setup.Job(FetchApi.PxWebApi2, "05300", "bad.json", FetchSetup.Select("Tid", "2024"));
        Directory.CreateDirectory(Path.GetDirectoryName(bad.Path)!);
        File.WriteAllText(bad.Path, "old figures");
        File.WriteAllText(FetchRecord.PathFor(bad.Path), "old record");
        setup.Server.Tables["gone"] = setup.Server.Tables["05300"];
        bad = bad with { Source = bad.Source with { Table = "gone" } };
        setup.Server.Tables.TryRemove("gone", out _);

        var failed = await setup.FetchAsync(bad);
        var fetched = await setup.FetchAsync(good);

        Assert.Equal(FetchStatus.Failed, failed.Status);
        Assert.Contains("404", failed.Failure, StringComparison.Ordinal);
        Assert.Contains("No such table id gone", failed.Failure, StringComparison.Ordinal);
        Assert.Equal("old figures", File.ReadAllText(bad.Path));
        Assert.Equal("old record", File.ReadAllText(FetchRecord.PathFor(bad.Path)));
        Assert.Equal(FetchStatus.New, fetched.Status);
        Assert.Equal(["bad.json", "bad.json.provenance.yaml", "good.json", "good.json.provenance.yaml"], Directory.GetFiles(Path.GetDirectoryName(bad.Path)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Answer_that_is_not_json_stat_keeps_the_old_file()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();
        await setup.FetchAsync(job);
        var before = File.ReadAllBytes(job.Path);
        setup.Server.Answer("/data", """{"version": "2.0", "class": "dataset", "id": ["a"], "size": [2], "dimension": {"a": {"category": {"index": ["x", "y"]}}}, "value": [1]}""");

        var outcome = await setup.FetchAsync(job, force: true);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Equal(before, File.ReadAllBytes(job.Path));
        Assert.Equal(["05300.json", "05300.json.provenance.yaml"], Directory.GetFiles(Path.GetDirectoryName(job.Path)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unreachable_site_is_one_failure_line()
    {
        using var setup = new FetchSetup();
        var job = setup.Ssb();
        setup.Server.Dispose();

        var outcome = await setup.FetchAsync(job);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.DoesNotContain('\n', outcome.Failure!);
        Assert.False(File.Exists(job.Path));
    }

    [Fact]
    public async Task Request_window_waits_when_full()
    {
        var clock = new Support.ManualFetchClock();
        var window = new RequestWindow(2, TimeSpan.FromSeconds(10), clock);

        await window.WaitAsync(CancellationToken.None);
        await window.WaitAsync(CancellationToken.None);
        await window.WaitAsync(CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(10)], clock.Waits);
    }
}

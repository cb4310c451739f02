using AnnualReport.Cli.Preview;
using AnnualReport.Preview;

namespace AnnualReport.Tests.Preview;

/// <summary>One save, many file events: one rebuild.</summary>
public sealed class ChangeDebouncerTests
{
    [Fact]
    public async Task A_burst_of_events_is_one_batch_with_each_file_once()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(100));
        debouncer.Add("text.yaml", FileChange.Text);
        debouncer.Add("text.yaml", FileChange.Text);
        debouncer.Add("data/a.csv", FileChange.Data);
        debouncer.Add("output/x.html", FileChange.None);

        var batch = await debouncer.NextAsync(CancellationToken.None);

        Assert.Equal([("text.yaml", FileChange.Text), ("data/a.csv", FileChange.Data)], batch);
    }

    [Fact]
    public async Task Events_after_a_quiet_moment_are_the_next_batch()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(50));
        debouncer.Add("text.yaml", FileChange.Text);
        var first = await debouncer.NextAsync(CancellationToken.None);
        debouncer.Add("indicators.yaml", FileChange.Catalogue);
        var second = await debouncer.NextAsync(CancellationToken.None);

        Assert.Equal([("text.yaml", FileChange.Text)], first);
        Assert.Equal([("indicators.yaml", FileChange.Catalogue)], second);
    }

    [Fact]
    public async Task Waiting_ends_when_the_preview_stops()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(50));
        using var stop = new CancellationTokenSource();
        var waiting = debouncer.NextAsync(stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}

using AnnualReport.Fetching;

namespace AnnualReport.Cli;

/// <summary>The machine's clock, for the command line.</summary>
internal sealed class SystemFetchClock : IFetchClock
{
    public static SystemFetchClock Instance { get; } = new();

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public Task Delay(TimeSpan wait, CancellationToken cancellationToken) =>
        wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, cancellationToken);
}

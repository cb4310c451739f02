using AnnualReport.Fetching;

namespace AnnualReport.Tests.Support;

/// <summary>A clock for fetch tests: waiting moves it on at once, and every wait is recorded.</summary>
internal sealed class ManualFetchClock : IFetchClock
{
    private readonly List<TimeSpan> _waits = [];

    public DateTimeOffset UtcNow { get; private set; } = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    public Task Delay(TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (_waits)
        {
            _waits.Add(wait);
            UtcNow += wait;
        }

        return Task.CompletedTask;
    }
}

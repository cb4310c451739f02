namespace AnnualReport.Fetching;

/// <summary>
/// Keeps to an API's "at most N requests per time window": remembers when the last N requests were
/// sent and, when the window is full, waits until the oldest of them has left it.
/// </summary>
public sealed class RequestWindow(int maxCalls, TimeSpan window, IFetchClock clock)
{
    private readonly Queue<DateTimeOffset> _sent = new();

    public int MaxCalls { get; } = Math.Max(1, maxCalls);

    public TimeSpan Window { get; } = window;

    /// <summary>Waits, if need be, until one more request fits in the window, and counts it as sent.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.UtcNow;
            while (_sent.Count > 0 && now - _sent.Peek() >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < MaxCalls)
            {
                _sent.Enqueue(now);
                return;
            }

            await clock.Delay(_sent.Peek() + Window - now, cancellationToken);
        }
    }
}

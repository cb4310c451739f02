namespace AnnualReport.Fetching;

/// <summary>
/// How patiently <c>fetch</c> talks to an API: the time one request may take, how often a request
/// that failed for a passing reason (429, 5xx, a timeout, a dropped connection) is tried again, and
/// the bounded exponential back-off between tries.
/// </summary>
/// <param name="Timeout">How long one request may take before it counts as failed.</param>
/// <param name="Attempts">Tries per request, the first included.</param>
/// <param name="Backoff">The wait before the second try; doubled before each further try.</param>
/// <param name="MaxBackoff">The longest wait between tries the back-off reaches.</param>
/// <param name="MaxRetryAfter">The longest Retry-After that is honoured; an API asking for more is reported instead of waited for.</param>
public sealed record FetchSettings(TimeSpan Timeout, int Attempts, TimeSpan Backoff, TimeSpan MaxBackoff, TimeSpan MaxRetryAfter)
{
    public static FetchSettings Default { get; } = new(TimeSpan.FromSeconds(60), 4, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));

    /// <summary>The first wait before asking again about an answer Eurostat prepares asynchronously; doubled before each further question.</summary>
    public TimeSpan AsyncFirstWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two questions about an asynchronous answer.</summary>
    public TimeSpan AsyncMaxInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most <c>fetch</c> waits in all for one asynchronous answer before it gives the table up.</summary>
    public TimeSpan AsyncMaxWait { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait before question <paramref name="poll"/> (from 1) about an asynchronous answer.</summary>
    public TimeSpan AsyncWaitBefore(int poll)
    {
        var ticks = AsyncFirstWait.Ticks * Math.Pow(2, Math.Min(poll - 1, 20));
        return ticks >= AsyncMaxInterval.Ticks ? AsyncMaxInterval : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The wait before try <paramref name="attempt"/> + 1 after try <paramref name="attempt"/> failed.</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var ticks = Backoff.Ticks * Math.Pow(2, Math.Min(attempt - 1, 20));
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}

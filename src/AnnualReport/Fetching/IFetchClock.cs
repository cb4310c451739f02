namespace AnnualReport.Fetching;

/// <summary>
/// The time <c>fetch</c> reads and waits on: the retrieval time in the provenance record, the
/// request window, Retry-After and back-off waits. Comes in from outside, so tests wait for nothing.
/// </summary>
public interface IFetchClock
{
    DateTimeOffset UtcNow { get; }

    Task Delay(TimeSpan wait, CancellationToken cancellationToken);
}

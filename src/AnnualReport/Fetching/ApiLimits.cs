namespace AnnualReport.Fetching;

/// <summary>
/// An API's documented limits: the most cells one query may ask for, and the most requests in one
/// time window (per client address).
/// </summary>
public sealed record ApiLimits(long MaxCells, int MaxCalls, TimeSpan Window)
{
    /// <summary>
    /// PxWebApi 2's defaults when its <c>/config</c> cannot be read: 30 calls per 10 seconds
    /// (PxTools/PxWebApi, <c>PxWeb/appsettings.json</c>, <c>IpRateLimiting.GeneralRules</c>: Period 10s,
    /// Limit 30; reported by <c>GET /config</c> as <c>maxCallsPerTimeWindow</c> and <c>timeWindow</c>,
    /// see <c>ExpectedJson/GetApiConfiguration.json</c>) and its shipped <c>MaxDataCells</c> of
    /// 10 000 (installations set their own: SSB and SCB report theirs in <c>/config</c>).
    /// </summary>
    public static ApiLimits PxWebDefault { get; } = new(10_000, 30, TimeSpan.FromSeconds(10));

    /// <summary>
    /// Eurostat's statistics API publishes no cell limit for a synchronous query (a large one is
    /// answered asynchronously, and <c>fetch</c> waits for it within limits: <see cref="EurostatAsync"/>);
    /// its requests are kept to the same modest pace as PxWeb's.
    /// </summary>
    public static ApiLimits EurostatDefault { get; } = new(long.MaxValue, 30, TimeSpan.FromSeconds(10));
}

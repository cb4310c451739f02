using System.Text.Json;

namespace AnnualReport.Tests.Support;

/// <summary>
/// Eurostat's asynchronous answers (Eurostat, "API - Detailed guidelines - Asynchronous API"): a
/// deferred request is answered with the statistics API's warning, and the async endpoint
/// (<c>/1.0/async/status/{key}</c>, <c>/1.0/async/data/{key}</c>) says SDMX's status in XML and
/// gives the data once it is AVAILABLE.
/// </summary>
internal sealed partial class StatisticsApiServer
{
    private readonly Dictionary<string, Deferral> _deferrals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Asked, Deferral Deferral, string Data)> _pending = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes Eurostat answer the next request for <paramref name="dataset"/> asynchronously, as its
    /// statistics API does for a large extraction: <c>{"warning": {"status": 413, "label":
    /// "ASYNCHRONOUS_RESPONSE…"}}</c>, with a key when <paramref name="withKey"/>. With a key the
    /// async status endpoint says PROCESSING <paramref name="polls"/> times, then
    /// <paramref name="final"/> (AVAILABLE: the async data endpoint gives the data); without one the
    /// request is answered so <paramref name="polls"/> times in all (the first included) before the data comes.
    /// </summary>
    public void DeferEurostat(string dataset, int polls, bool withKey = true, string final = "AVAILABLE")
    {
        lock (_deferrals)
        {
            _deferrals[dataset] = new Deferral(withKey ? $"key-{dataset}-{_deferrals.Count + 1}" : null, withKey ? 1 : polls, polls, final);
        }
    }

    /// <summary>The warning Eurostat's statistics API gives instead of data it prepares asynchronously, while the request is deferred; null when the data is ready.</summary>
    private string? Defer(string dataset, string url)
    {
        lock (_deferrals)
        {
            if (!_deferrals.TryGetValue(dataset, out var deferral))
            {
                return null;
            }

            if (deferral.Key is null && deferral.Answers == 0)
            {
                _deferrals.Remove(dataset);
                return null;
            }

            if (deferral.Key is { } key)
            {
                _deferrals.Remove(dataset);
                var answer = Route("GET", url, string.Empty, deferred: false);
                _pending[key] = (0, deferral, answer.Body);
            }
            else
            {
                _deferrals[dataset] = deferral with { Answers = deferral.Answers - 1 };
            }

            return JsonSerializer.Serialize(new { warning = new { status = 413, label = "ASYNCHRONOUS_RESPONSE. Your request will be treated asynchronously. Please try again later.", key = deferral.Key } });
        }
    }

    /// <summary>Eurostat's async endpoint: <c>status/{key}</c> as SDMX's XML envelope says it, <c>data/{key}</c> the prepared data.</summary>
    private (int Status, string Body) Async(string rest)
    {
        var parts = rest.Split('/', 2);
        lock (_deferrals)
        {
            if (parts.Length != 2 || !_pending.TryGetValue(parts[1], out var pending))
            {
                return (200, "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body><ns1:asyncResponse xmlns:ns1=\"http://estat.ec.europa.eu/disschain/soap/asynchronous\"><status>UNKNOWN_REQUEST</status></ns1:asyncResponse></env:Body></env:Envelope>");
            }

            if (parts[0] == "data")
            {
                return pending.Asked > pending.Deferral.Polls && pending.Deferral.Final == "AVAILABLE" ? (200, pending.Data) : (404, "not available");
            }

            _pending[parts[1]] = pending with { Asked = pending.Asked + 1 };
            var status = pending.Asked + 1 > pending.Deferral.Polls ? pending.Deferral.Final : "PROCESSING";
            return (200, $"<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body><ns1:asyncResponse xmlns:ns1=\"http://estat.ec.europa.eu/disschain/soap/asynchronous\"><status>{status}</status><key>{parts[1]}</key></ns1:asyncResponse></env:Body></env:Envelope>");
        }
    }

    /// <summary>A deferred dataset: its key (null: the request is answered "later" <see cref="Answers"/> times), the PROCESSING answers before <see cref="Final"/>.</summary>
    private sealed record Deferral(string? Key, int Answers, int Polls, string Final);
}

using System.Net;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// Sends requests to the statistics APIs within their limits: each site's request window, a
/// timeout per request, and a bounded number of tries for what passes (429 with its Retry-After,
/// 500/502/503/504, a timeout, a dropped connection) with exponential back-off between them. Any
/// other answer, or the last failed try, is a <see cref="FetchException"/> with one line saying why.
/// </summary>
public sealed class ApiClient(HttpClient http, FetchSettings settings, IFetchClock clock)
{
    private readonly Dictionary<string, RequestWindow> _windows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How patiently this client waits, for an API that answers later (Eurostat's asynchronous answers).</summary>
    internal FetchSettings Settings => settings;

    internal IFetchClock Clock => clock;

    /// <summary>Sets the request window of the site <paramref name="site"/> (its scheme, host and port).</summary>
    public void Limit(Uri site, ApiLimits limits) =>
        _windows[site.GetLeftPart(UriPartial.Authority)] = new RequestWindow(limits.MaxCalls, limits.Window, clock);

    /// <summary>The answer's body, after as many tries as the settings allow.</summary>
    public async Task<byte[]> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var window = Window(request.Url);
        for (var attempt = 1; ; attempt++)
        {
            await window.WaitAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            TimeSpan wait;
            string failure;
            try
            {
                using var message = request.ToMessage();
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
                var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                var status = (int)response.StatusCode;
                failure = Messages.Format("fetch.http-status", ("status", status), ("detail", ApiError.Describe(body, response.ReasonPhrase)));
                if (!Passing(response.StatusCode) || attempt >= settings.Attempts)
                {
                    throw new FetchException(attempt > 1 ? Messages.Format("fetch.gave-up", ("tries", attempt), ("failure", failure)) : failure);
                }

                wait = RetryAfter(response) ?? settings.BackoffAfter(attempt);
                if (wait > settings.MaxRetryAfter)
                {
                    throw new FetchException(Messages.Format("fetch.retry-after-too-long", ("seconds", (int)wait.TotalSeconds), ("failure", failure)));
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = Messages.Format("fetch.timeout", ("seconds", settings.Timeout.TotalSeconds));
                if (attempt >= settings.Attempts)
                {
                    throw new FetchException(Messages.Format("fetch.gave-up", ("tries", attempt), ("failure", failure)));
                }

                wait = settings.BackoffAfter(attempt);
            }
            catch (HttpRequestException e)
            {
                failure = Messages.Format("fetch.unreachable", ("detail", SafeText.Excerpt(e.Message, 200)));
                if (attempt >= settings.Attempts)
                {
                    throw new FetchException(Messages.Format("fetch.gave-up", ("tries", attempt), ("failure", failure)), e);
                }

                wait = settings.BackoffAfter(attempt);
            }

            await clock.Delay(wait, cancellationToken);
        }
    }

    private RequestWindow Window(Uri url)
    {
        var site = url.GetLeftPart(UriPartial.Authority);
        if (!_windows.TryGetValue(site, out var window))
        {
            window = new RequestWindow(ApiLimits.PxWebDefault.MaxCalls, ApiLimits.PxWebDefault.Window, clock);
            _windows[site] = window;
        }

        return window;
    }

    private static bool Passing(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Retry-After as seconds or as an HTTP date (RFC 9110, 10.2.3).</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - clock.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => null,
    };
}

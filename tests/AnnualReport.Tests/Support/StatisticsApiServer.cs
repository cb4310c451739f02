using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnnualReport.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers as the statistics APIs do, shaped after their
/// published specifications: PxWebApi 2 (PxTools/PxWebApi <c>swagger_v2.json</c>: <c>/config</c>,
/// <c>/tables/{id}/metadata?outputFormat=json-stat2</c>, <c>/tables/{id}/data?valueCodes[DIM]=…</c>,
/// errors as Problem JSON), the older PxWeb API (<c>/?config</c>, GET and POST <c>/{lang}/table/{id}</c>)
/// and Eurostat's statistics API 1.0 (<c>/data/{dataset}?dim=code…</c>, errors as <c>{"error": …}</c>).
/// Each table is one JSON-stat 2.0 dataset, sliced to the selection. Faults (a status with
/// Retry-After, a delay) can be queued for the next requests whose path contains a text, and
/// Eurostat can answer asynchronously (<c>StatisticsApiServer.Eurostat.cs</c>).
/// </summary>
internal sealed partial class StatisticsApiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly CancellationTokenSource _stop = new();

    public StatisticsApiServer()
    {
        // A free port: the system picks one for a listener that is closed again at once.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string PxWebApi2 => $"http://127.0.0.1:{Port}/api/v2";

    public string PxWeb1 => $"http://127.0.0.1:{Port}/api/v0";

    public string Eurostat => $"http://127.0.0.1:{Port}/eurostat/api/dissemination/statistics/1.0";

    /// <summary>The tables by id: JSON-stat 2.0 datasets with every cell.</summary>
    public ConcurrentDictionary<string, JsonObject> Tables { get; } = new(StringComparer.Ordinal);

    public int MaxDataCells { get; set; } = 100_000;

    /// <summary>Every request: method, path and query, body.</summary>
    public ConcurrentQueue<(string Method, string Url, string Body)> Requests { get; } = new();

    public IEnumerable<string> Urls(string contains) => Requests.Where(r => r.Url.Contains(contains, StringComparison.Ordinal)).Select(r => r.Url);

    /// <summary>Answers the next <paramref name="times"/> requests whose path contains <paramref name="path"/> with <paramref name="status"/>.</summary>
    public void Fail(string path, int status, int times = 1, string? retryAfter = null)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(new Fault(path, status, retryAfter, TimeSpan.Zero, null));
        }
    }

    /// <summary>Holds the next request whose path contains <paramref name="path"/> for <paramref name="delay"/> before answering.</summary>
    public void Delay(string path, TimeSpan delay) => _faults.Enqueue(new Fault(path, 0, null, delay, null));

    /// <summary>Answers the next request whose path contains <paramref name="path"/> with 200 and <paramref name="body"/>.</summary>
    public void Answer(string path, string body) => _faults.Enqueue(new Fault(path, 200, null, TimeSpan.Zero, body));

    /// <summary>Adds a table from a JSON-stat 2.0 file.</summary>
    public void AddTable(string id, string file) => Tables[id] = JsonNode.Parse(File.ReadAllText(file))!.AsObject();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var url = request.RawUrl ?? "/";
        var body = request.HasEntityBody ? await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync() : string.Empty;
        Requests.Enqueue((request.HttpMethod, url, body));
        try
        {
            var path = url.Split('?')[0];
            if (TakeFault(path) is { } fault)
            {
                if (fault.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(fault.Delay, _stop.Token);
                }
                else if (fault.Body is not null)
                {
                    await WriteAsync(context, 200, fault.Body);
                    return;
                }
                else
                {
                    if (fault.RetryAfter is not null)
                    {
                        context.Response.AddHeader("Retry-After", fault.RetryAfter);
                    }

                    await WriteAsync(context, fault.Status, Problem(fault.Status, fault.Status == 429 ? "Too Many Requests" : "Server error"));
                    return;
                }
            }

            var (status, answer) = Route(request.HttpMethod, url, body);
            await WriteAsync(context, status, answer);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout) or the server is stopping.
        }
    }

    private Fault? TakeFault(string path)
    {
        lock (_faults)
        {
            var all = _faults.ToList();
            var match = all.FindIndex(f => path.Contains(f.Path, StringComparison.Ordinal));
            if (match < 0)
            {
                return null;
            }

            _faults.Clear();
            foreach (var (fault, i) in all.Select((f, i) => (f, i)).Where(x => x.i != match))
            {
                _faults.Enqueue(fault);
            }

            return all[match];
        }
    }

    private (int Status, string Body) Route(string method, string url, string body, bool deferred = true)
    {
        var parts = url.Split('?', 2);
        var path = Uri.UnescapeDataString(parts[0]).TrimEnd('/');
        var query = parts.Length > 1 ? Query(parts[1]) : [];
        if (path == "/api/v2/config")
        {
            return (200, JsonSerializer.Serialize(new { apiVersion = "2.0", appVersion = "test", languages = new[] { new { id = "no", label = "Norsk" } }, defaultLanguage = "no", maxDataCells = MaxDataCells, maxCallsPerTimeWindow = 30, timeWindow = 10, license = "https://creativecommons.org/licenses/by/4.0/", defaultMetadataFormat = 0, defaultDataFormat = "json-stat2", dataFormats = new[] { "json-stat2", "px", "csv" } }));
        }

        if (path.StartsWith("/api/v2/tables/", StringComparison.Ordinal))
        {
            var segments = path["/api/v2/tables/".Length..].Split('/');
            if (!Tables.TryGetValue(segments[0], out var table))
            {
                return (404, Problem(404, "Not Found", $"No such table id {segments[0]}"));
            }

            if (segments.Length == 2 && segments[1] == "metadata")
            {
                var metadata = table.DeepClone().AsObject();
                metadata["value"] = new JsonArray();
                metadata.Remove("status");
                return (200, metadata.ToJsonString());
            }

            if (segments.Length == 2 && segments[1] == "data")
            {
                var selection = query.Where(q => q.Key.StartsWith("valueCodes[", StringComparison.Ordinal))
                    .ToDictionary(q => q.Key["valueCodes[".Length..^1], q => q.Values.SelectMany(v => v.Split(',')).ToList());
                return Slice(table, selection, MaxDataCells, problem: true);
            }
        }

        if (path == "/api/v0" && url.Contains("?config", StringComparison.Ordinal))
        {
            return (200, JsonSerializer.Serialize(new { maxValues = MaxDataCells, maxCalls = 30, timeWindow = 10, CORS = true }));
        }

        if (path.StartsWith("/api/v0/", StringComparison.Ordinal) && path.Split('/') is [_, _, _, _, "table", var id])
        {
            if (!Tables.TryGetValue(id, out var table))
            {
                return (404, "Not found");
            }

            if (method == "GET")
            {
                var variables = new JsonArray();
                var timeDimension = table["role"]?["time"]?[0]?.GetValue<string>();
                foreach (var dimension in table["id"]!.AsArray().Select(d => d!.GetValue<string>()))
                {
                    var codes = Codes(table, dimension);
                    var variable = new JsonObject { ["code"] = dimension, ["text"] = table["dimension"]![dimension]!["label"]!.GetValue<string>(), ["values"] = new JsonArray(codes.Select(c => (JsonNode?)c).ToArray()), ["valueTexts"] = new JsonArray(codes.Select(c => (JsonNode?)c).ToArray()) };
                    if (dimension == timeDimension)
                    {
                        variable["time"] = true;
                    }

                    variables.Add(variable);
                }

                return (200, new JsonObject { ["title"] = table["label"]!.GetValue<string>(), ["variables"] = variables }.ToJsonString());
            }

            var posted = JsonNode.Parse(body)!;
            if (posted["response"]?["format"]?.GetValue<string>() != "json-stat2")
            {
                return (400, "Bad request: response format");
            }

            var selection = posted["query"]!.AsArray().ToDictionary(
                q => q!["code"]!.GetValue<string>(),
                q => q!["selection"]!["filter"]!.GetValue<string>() == "all" ? Codes(table, q!["code"]!.GetValue<string>()).ToList() : q!["selection"]!["values"]!.AsArray().Select(v => v!.GetValue<string>()).ToList());
            return Slice(table, selection, MaxDataCells, problem: false);
        }

        const string async = "/eurostat/api/dissemination/1.0/async/";
        if (path.StartsWith(async, StringComparison.Ordinal))
        {
            return Async(path[async.Length..]);
        }

        const string eurostat = "/eurostat/api/dissemination/statistics/1.0/data/";
        if (path.StartsWith(eurostat, StringComparison.Ordinal))
        {
            if (!Tables.TryGetValue(path[eurostat.Length..], out var table))
            {
                return (404, JsonSerializer.Serialize(new { error = new[] { new { status = 404, id = 100, label = "No results found" } } }));
            }

            if (deferred && Defer(path[eurostat.Length..], url) is { } later)
            {
                return (200, later);
            }

            var time = table["role"]!["time"]![0]!.GetValue<string>();
            var selection = query.Where(q => table["dimension"]![q.Key] is not null).ToDictionary(q => q.Key, q => q.Values);
            var periods = Codes(table, time);
            if (query.FirstOrDefault(q => q.Key == "sinceTimePeriod") is { Key: not null } since)
            {
                selection[time] = periods.SkipWhile(p => string.CompareOrdinal(p, since.Values[0]) < 0).ToList();
            }

            if (query.FirstOrDefault(q => q.Key == "lastTimePeriod") is { Key: not null } last)
            {
                selection[time] = periods.TakeLast(int.Parse(last.Values[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            }

            return Slice(table, selection, int.MaxValue, problem: false);
        }

        return (404, Problem(404, "Not Found"));
    }

    /// <summary>The dataset with only the selected codes (every code of a dimension left out), values laid out row-major again.</summary>
    private static (int Status, string Body) Slice(JsonObject table, Dictionary<string, List<string>> selection, int maxCells, bool problem)
    {
        var ids = table["id"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        var all = ids.Select(d => Codes(table, d).ToList()).ToList();
        var chosen = new List<List<string>>();
        for (var d = 0; d < ids.Count; d++)
        {
            var codes = selection.TryGetValue(ids[d], out var asked) ? asked : all[d].ToList();
            if (codes.FirstOrDefault(c => !all[d].Contains(c)) is { } missing)
            {
                return (400, problem ? Problem(400, "Bad Request", $"Non-existent value {missing} for variable {ids[d]}") : $"Bad request: {missing}");
            }

            chosen.Add(all[d].Where(codes.Contains).ToList());
        }

        var cells = chosen.Aggregate(1L, (p, c) => p * c.Count);
        if (cells > maxCells)
        {
            return (403, problem ? Problem(403, "Forbidden", "Too many cells selected") : "Too many values selected");
        }

        var values = table["value"]!.AsArray();
        var statuses = Statuses(table["status"]);
        var slicedStatus = new JsonObject();
        var sliced = new JsonArray();
        var positions = new int[ids.Count];
        for (var n = 0; n < cells; n++)
        {
            var rest = n;
            for (var d = ids.Count - 1; d >= 0; d--)
            {
                positions[d] = all[d].IndexOf(chosen[d][rest % chosen[d].Count]);
                rest /= chosen[d].Count;
            }

            var index = 0;
            for (var d = 0; d < ids.Count; d++)
            {
                index = (index * all[d].Count) + positions[d];
            }

            if (statuses.TryGetValue(index, out var symbol))
            {
                slicedStatus[n.ToString(System.Globalization.CultureInfo.InvariantCulture)] = symbol;
            }

            sliced.Add(values[index]?.DeepClone());
        }

        var result = table.DeepClone().AsObject();
        result["size"] = new JsonArray(chosen.Select(c => (JsonNode?)c.Count).ToArray());
        for (var d = 0; d < ids.Count; d++)
        {
            var category = result["dimension"]![ids[d]]!["category"]!.AsObject();
            var index = new JsonObject();
            for (var i = 0; i < chosen[d].Count; i++)
            {
                index[chosen[d][i]] = i;
            }

            category["index"] = index;
            foreach (var name in new[] { "label", "unit" })
            {
                if (category[name] is JsonObject members)
                {
                    category[name] = new JsonObject(members.Where(m => chosen[d].Contains(m.Key)).Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
                }
            }
        }

        result["value"] = sliced;
        result.Remove("status");
        if (slicedStatus.Count > 0)
        {
            result["status"] = slicedStatus;
        }
        return (200, result.ToJsonString());
    }

    /// <summary>JSON-stat's status as one symbol for all, an array, or a sparse object, by cell index.</summary>
    private static Dictionary<int, string> Statuses(JsonNode? status)
    {
        var found = new Dictionary<int, string>();
        switch (status)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i]?.GetValue<string>() is { } s)
                    {
                        found[i] = s;
                    }
                }

                break;
            case JsonObject sparse:
                foreach (var (key, node) in sparse)
                {
                    found[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = node!.GetValue<string>();
                }

                break;
        }

        return found;
    }

    private static IReadOnlyList<string> Codes(JsonObject table, string dimension) =>
        table["dimension"]![dimension]!["category"]!["index"] is JsonObject index
            ? index.OrderBy(p => p.Value!.GetValue<int>()).Select(p => p.Key).ToList()
            : table["dimension"]![dimension]!["category"]!["index"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();

    private static List<(string Key, List<string> Values)> Query(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0]))
            .Select(g => (g.Key, g.Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)).ToList()))
            .ToList();

    private static string Problem(int status, string title, string? detail = null) =>
        JsonSerializer.Serialize(new { type = $"https://httpstatuses.io/{status}", title, status, detail });

    private static async Task WriteAsync(HttpListenerContext context, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private sealed record Fault(string Path, int Status, string? RetryAfter, TimeSpan Delay, string? Body);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// The older PxWeb API (v1; SSB's <c>https://data.ssb.no/api/v0</c>): <c>GET {site}/?config</c> for
/// the limits (<c>maxValues</c> cells per query, <c>maxCalls</c> per <c>timeWindow</c> seconds),
/// <c>GET {site}/{lang}/table/{id}</c> for the variables (<c>code</c>, <c>values</c>, <c>time</c>),
/// and a POST of <c>{"query": [{"code", "selection": {"filter": "item", "values"}}], "response":
/// {"format": "json-stat2"}}</c> to the same address for the figures.
/// </summary>
internal sealed class PxWebApi1Table(FetchSource source) : ITableApi
{
    private Uri Table => new($"{source.Site}/{Uri.EscapeDataString(source.Language ?? "no")}/table/{Uri.EscapeDataString(source.Table)}");

    public async Task<ApiLimits> LimitsAsync(ApiClient client, CancellationToken cancellationToken)
    {
        var fallback = ApiLimits.PxWebDefault;
        try
        {
            using var document = JsonDocument.Parse(await client.SendAsync(new ApiRequest(new Uri(source.Site + "/?config")), cancellationToken));
            var root = document.RootElement;
            return new ApiLimits(
                Number(root, "maxValues") ?? fallback.MaxCells,
                (int)(Number(root, "maxCalls") ?? fallback.MaxCalls),
                Number(root, "timeWindow") is { } seconds ? TimeSpan.FromSeconds(seconds) : fallback.Window);
        }
        catch (Exception e) when (e is FetchException or JsonException)
        {
            return fallback;
        }
    }

    public async Task<TableMetadata?> MetadataAsync(ApiClient client, CancellationToken cancellationToken)
    {
        var body = await client.SendAsync(new ApiRequest(Table), cancellationToken);
        return JsonBody.Read(body, Read, Table);
    }

    public ApiRequest DataRequest(IReadOnlyList<FetchSelection> selection)
    {
        var query = new JsonArray();
        foreach (var s in selection)
        {
            // Expressions are resolved to codes before a request is made; "all" is the filter for a whole dimension.
            var filter = s.Expression is { Kind: SelectionKind.All } ? new JsonObject { ["filter"] = "all", ["values"] = new JsonArray("*") }
                : new JsonObject { ["filter"] = "item", ["values"] = new JsonArray(s.Codes.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()) };
            query.Add(new JsonObject { ["code"] = s.Dimension, ["selection"] = filter });
        }

        var body = new JsonObject { ["query"] = query, ["response"] = new JsonObject { ["format"] = "json-stat2" } };
        return new ApiRequest(Table, body.ToJsonString());
    }

    private static TableMetadata Read(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var dimensions = new List<TableDimension>();
        string? time = null;
        foreach (var variable in document.RootElement.GetProperty("variables").EnumerateArray())
        {
            var code = variable.GetProperty("code").GetString() ?? string.Empty;
            dimensions.Add(new TableDimension(code, variable.GetProperty("values").EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList()));
            if (variable.TryGetProperty("time", out var isTime) && isTime.ValueKind == JsonValueKind.True)
            {
                time = code;
            }
        }

        // v1's metadata has no last-updated date: the data's own "updated" is recorded instead.
        return new TableMetadata(null, dimensions, time);
    }

    private static long? Number(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) && n > 0 ? n : null;
}

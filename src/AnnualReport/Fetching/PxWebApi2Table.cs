using System.Text;
using System.Text.Json;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// PxWebApi 2 (PxTools/PxWebApi, <c>PxWeb/swagger_v2.json</c>): <c>GET /config</c> for the limits
/// (<c>maxDataCells</c>, <c>maxCallsPerTimeWindow</c>, <c>timeWindow</c> in seconds),
/// <c>GET /tables/{id}/metadata?outputFormat=json-stat2</c> for the dimensions and <c>updated</c>,
/// and <c>GET /tables/{id}/data?valueCodes[DIM]=a,b&amp;outputFormat=json-stat2</c> for the figures.
/// </summary>
internal sealed class PxWebApi2Table(FetchSource source) : ITableApi
{
    public async Task<ApiLimits> LimitsAsync(ApiClient client, CancellationToken cancellationToken)
    {
        var fallback = ApiLimits.PxWebDefault;
        try
        {
            using var document = JsonDocument.Parse(await client.SendAsync(new ApiRequest(new Uri(source.Site + "/config")), cancellationToken));
            var root = document.RootElement;
            return new ApiLimits(
                Number(root, "maxDataCells") ?? fallback.MaxCells,
                (int)(Number(root, "maxCallsPerTimeWindow") ?? fallback.MaxCalls),
                Number(root, "timeWindow") is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : fallback.Window);
        }
        catch (Exception e) when (e is FetchException or JsonException)
        {
            // Some installations do not publish /config; the documented defaults apply.
            return fallback;
        }
    }

    public async Task<TableMetadata?> MetadataAsync(ApiClient client, CancellationToken cancellationToken)
    {
        var url = new Uri($"{source.Site}/tables/{Uri.EscapeDataString(source.Table)}/metadata?{Language}outputFormat=json-stat2");
        var body = await client.SendAsync(new ApiRequest(url), cancellationToken);
        return JsonBody.Read(body, JsonStatMetadata.Read, url);
    }

    public ApiRequest DataRequest(IReadOnlyList<FetchSelection> selection)
    {
        var query = new StringBuilder(Language);
        foreach (var s in selection)
        {
            var values = s.Expression is { } e ? e.ToString() : string.Join(',', s.Codes.Select(Uri.EscapeDataString));
            query.Append("valueCodes[").Append(Uri.EscapeDataString(s.Dimension)).Append("]=").Append(values).Append('&');
        }

        query.Append("outputFormat=json-stat2");
        return new ApiRequest(new Uri($"{source.Site}/tables/{Uri.EscapeDataString(source.Table)}/data?{query}"));
    }

    private string Language => source.Language is { } lang ? $"lang={Uri.EscapeDataString(lang)}&" : string.Empty;

    private static long? Number(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) && n > 0 ? n : null;
}

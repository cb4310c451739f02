using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// Eurostat's statistics API 1.0 (<c>https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0</c>):
/// <c>GET /data/{dataset}?format=JSON&amp;lang=EN&amp;geo=NO&amp;geo=SE…</c> answers JSON-stat 2.0 with
/// <c>updated</c>; a dimension's codes are repeated parameters, and the time dimension takes
/// <c>sinceTimePeriod</c>, <c>untilTimePeriod</c> and <c>lastTimePeriod</c>. There is no cheap
/// metadata request, so an unchanged dataset is recognised by its content's hash after download.
/// A request too large to answer at once is answered later (<see cref="EurostatAsync"/>).
/// </summary>
internal sealed class EurostatTable(FetchSource source) : ITableApi
{
    public Task<ApiLimits> LimitsAsync(ApiClient client, CancellationToken cancellationToken) => Task.FromResult(ApiLimits.EurostatDefault);

    public Task<TableMetadata?> MetadataAsync(ApiClient client, CancellationToken cancellationToken) => Task.FromResult<TableMetadata?>(null);

    public ApiRequest DataRequest(IReadOnlyList<FetchSelection> selection)
    {
        var query = new StringBuilder("format=JSON");
        if (source.Language is { } lang)
        {
            query.Append("&lang=").Append(Uri.EscapeDataString(lang.ToUpperInvariant()));
        }

        foreach (var s in selection)
        {
            if (s.Expression is { } e)
            {
                // Only the time dimension takes ranges (FetchReader refuses others); "*" is every code.
                var (name, value) = e.Kind switch
                {
                    SelectionKind.Top => ("lastTimePeriod", e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    SelectionKind.From => ("sinceTimePeriod", e.Code!),
                    SelectionKind.To => ("untilTimePeriod", e.Code!),
                    _ => (null, null),
                };
                if (name is not null && FetchReader.EurostatTime(s.Dimension))
                {
                    query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
                }

                continue;
            }

            foreach (var code in s.Codes)
            {
                query.Append('&').Append(Uri.EscapeDataString(s.Dimension)).Append('=').Append(Uri.EscapeDataString(code));
            }
        }

        return new ApiRequest(new Uri($"{source.Site}/data/{Uri.EscapeDataString(source.Table)}?{query}"));
    }

    public Task<byte[]> ReceiveAsync(ApiClient client, ApiRequest request, byte[] answer, CancellationToken cancellationToken) =>
        EurostatAsync.ReceiveAsync(client, new Uri(source.Site), request, answer, cancellationToken);
}

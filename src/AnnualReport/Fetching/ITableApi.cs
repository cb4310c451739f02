using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>How one API is asked for a table's limits, metadata and data.</summary>
internal interface ITableApi
{
    /// <summary>The site's limits, from its configuration endpoint when it has one.</summary>
    Task<ApiLimits> LimitsAsync(ApiClient client, CancellationToken cancellationToken);

    /// <summary>The table's metadata; null when the API has no metadata endpoint worth a request.</summary>
    Task<TableMetadata?> MetadataAsync(ApiClient client, CancellationToken cancellationToken);

    /// <summary>The request for one part of the selection, asking for JSON-stat 2.0.</summary>
    ApiRequest DataRequest(IReadOnlyList<FetchSelection> selection);

    /// <summary>The data the answer to <paramref name="request"/> holds; an API that may answer "later" asks again until it has it.</summary>
    Task<byte[]> ReceiveAsync(ApiClient client, ApiRequest request, byte[] answer, CancellationToken cancellationToken) => Task.FromResult(answer);
}

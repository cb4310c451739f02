namespace AnnualReport.Model;

/// <summary>
/// Where <c>annual-report fetch</c> downloads a data file from (<c>data.fetch</c>): a statistics
/// API, the table and the selection. Builds never read it; only <c>fetch</c> goes to the network.
/// </summary>
/// <param name="Api">Which API the site speaks.</param>
/// <param name="Site">The API's base address, e.g. <c>https://data.ssb.no/api/pxwebapi/v2</c>.</param>
/// <param name="Table">The table (PxWeb) or dataset (Eurostat) id.</param>
/// <param name="Language">The language asked for (<c>lang</c>); null for the API's default.</param>
/// <param name="Select">Per dimension, the codes or the selection expression asked for, in catalogue order.</param>
public sealed record FetchSource(FetchApi Api, string Site, string Table, string? Language, IReadOnlyList<FetchSelection> Select, SourceSpan Where);

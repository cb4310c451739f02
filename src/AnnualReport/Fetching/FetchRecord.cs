namespace AnnualReport.Fetching;

/// <summary>
/// The provenance record <c>fetch</c> writes beside each file it downloads
/// (<c>data/05300.json.provenance.yaml</c>): where the figures came from and when, so the
/// publication can say so and the next <c>fetch</c> can tell whether the table changed.
/// </summary>
/// <param name="Api">pxwebapi2, pxweb1 or eurostat.</param>
/// <param name="Selection">The selection as the catalogue wrote it, one line (<c>Kjonn=1,2; Tid=top(10)</c>).</param>
/// <param name="Requests">Every request made for the figures, in order (several when the query was split).</param>
/// <param name="Retrieved">When the figures were downloaded (UTC).</param>
/// <param name="Updated">The table's own last-updated time as the API gives it; null when it gives none.</param>
/// <param name="Sha256">The SHA-256 of the file as written (the response itself when there was one request), lower-case hex.</param>
public sealed record FetchRecord(
    string Api,
    string Site,
    string Table,
    string? Language,
    string Selection,
    IReadOnlyList<FetchedRequest> Requests,
    DateTimeOffset Retrieved,
    string? Updated,
    string Sha256)
{
    /// <summary>The record's file for a data file: the data file's name with <c>.provenance.yaml</c> added.</summary>
    public static string PathFor(string dataFile) => dataFile + ".provenance.yaml";

    /// <summary>Whether this record was made by the same query (API, site, table, language, selection).</summary>
    public bool SameQuery(FetchRecord other) =>
        Api == other.Api && Site == other.Site && Table == other.Table && Language == other.Language && Selection == other.Selection;
}

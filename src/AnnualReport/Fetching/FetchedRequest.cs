namespace AnnualReport.Fetching;

/// <summary>One request made for a table's figures: its address, the JSON body it posted (the older PxWeb API), and the SHA-256 of the answer.</summary>
public sealed record FetchedRequest(string Url, string? Body, string Sha256);

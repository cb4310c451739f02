namespace AnnualReport.Fetching;

/// <summary>One dimension of a table as its API lists it: id and category codes in the table's order.</summary>
public sealed record TableDimension(string Id, IReadOnlyList<string> Codes);

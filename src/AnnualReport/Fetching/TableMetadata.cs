namespace AnnualReport.Fetching;

/// <summary>
/// What an API says about a table before its data is asked for: when it was last updated (null
/// when the API does not say), and its dimensions with their codes in the table's order.
/// </summary>
public sealed record TableMetadata(string? Updated, IReadOnlyList<TableDimension> Dimensions, string? TimeDimension);

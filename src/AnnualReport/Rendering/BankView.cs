namespace AnnualReport.Rendering;

/// <summary>The statistics bank's table for one indicator: every municipality, county and the country.</summary>
/// <param name="Href">The page's file name.</param>
/// <param name="Unit">The unit's phrase-book name (<c>percent</c>, <c>per-thousand</c>).</param>
public sealed record BankView(string Id, string Href, string Title, string Definition, int Year, string Unit, int Decimals, IReadOnlyList<BankRowView> Rows, string Source);

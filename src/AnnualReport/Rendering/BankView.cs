namespace AnnualReport.Rendering;

/// <summary>The statistics bank's table for one indicator: every municipality, county and the country.</summary>
public sealed record BankView(string Id, string Title, string Definition, string Year, string UnitText, IReadOnlyList<BankRowView> Rows, string Source);

namespace AnnualReport.Rendering;

/// <summary>One row of the statistics bank; <see cref="Significance"/> is a phrase key or empty (the country is not compared).</summary>
public sealed record BankRowView(string Code, string Name, string County, CellView Value, double? Low, double? High, string Significance, bool Region);

namespace AnnualReport.Rendering;

/// <summary>One row of the statistics bank.</summary>
public sealed record BankRowView(string Code, string Name, string County, string Value, string Interval, string Comparison, bool Region);

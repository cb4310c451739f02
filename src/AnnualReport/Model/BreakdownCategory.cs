namespace AnnualReport.Model;

/// <summary>One category of a breakdown, such as "Menn" or "0–4 år".</summary>
public sealed record BreakdownCategory(string Id, string Label);

namespace AnnualReport.Data;

/// <summary>One category of a dimension: the code used in the file and its label.</summary>
public sealed record Category(string Code, string Label);

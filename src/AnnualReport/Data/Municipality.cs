namespace AnnualReport.Data;

/// <summary>A municipality of the current classification, its county and its comparison group.</summary>
public sealed record Municipality(string Code, string Name, string CountyCode, string County, string? Group);

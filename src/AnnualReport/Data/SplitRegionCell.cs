using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>The figure of a municipality that has since been split, in the county it belonged to.</summary>
public sealed record SplitRegionCell(string Group, int Year, string Code, string CountyCode, Observation Observation);

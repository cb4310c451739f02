namespace AnnualReport.Charts;

/// <summary>One category: the group's and the reference's values (null when missing) and their status symbols.</summary>
public sealed record GapRow(string Label, double? Value, double? ReferenceValue, string? Status = null);

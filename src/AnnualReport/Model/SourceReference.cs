namespace AnnualReport.Model;

/// <summary>Where an indicator's figures come from.</summary>
public sealed record SourceReference(string Name, string? Table, string? Url);

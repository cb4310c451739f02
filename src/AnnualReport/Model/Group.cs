namespace AnnualReport.Model;

/// <summary>A comparison group such as "Innvandrere" or "Øvrig befolkning".</summary>
public sealed record Group(string Id, string Label, SourceSpan Where);

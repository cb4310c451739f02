namespace AnnualReport.Catalogue;

/// <summary>The ids defined in the catalogue, for checking references to them.</summary>
internal sealed record KnownIds(IReadOnlyList<string> Groups, IReadOnlyList<string> Themes, IReadOnlyList<string> Breakdowns);

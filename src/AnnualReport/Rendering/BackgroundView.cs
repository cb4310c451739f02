namespace AnnualReport.Rendering;

/// <summary>One of the largest country backgrounds among a municipality's immigrants, and how many have it.</summary>
public sealed record BackgroundView(string Country, double Count);

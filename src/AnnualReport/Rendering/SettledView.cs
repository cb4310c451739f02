namespace AnnualReport.Rendering;

/// <summary>The number of refugees settled in a municipality in a year.</summary>
public sealed record SettledView(int Year, double Count);

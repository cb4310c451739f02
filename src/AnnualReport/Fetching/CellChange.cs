namespace AnnualReport.Fetching;

/// <summary>One cell whose figure changed: its codes (<c>Kjonn=1, Tid=2024</c>) and the figure or status before and after.</summary>
public sealed record CellChange(string Cell, string Old, string New);

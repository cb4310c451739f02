namespace AnnualReport.Comparing;

/// <summary>One published figure of a build: a value (or none) and its status symbol.</summary>
public sealed record FigureCell(double? Value, string? Status);

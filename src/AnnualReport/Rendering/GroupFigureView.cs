namespace AnnualReport.Rendering;

/// <summary>The latest figure of one group and how it changed.</summary>
public sealed record GroupFigureView(string Group, string Latest, string LatestYear, string Change, string ChangeLabel, string? Gap);

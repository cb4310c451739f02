namespace AnnualReport.Rendering;

/// <summary>A headline figure on the front page.</summary>
public sealed record KeyFigureView(string Indicator, string Href, string Group, string Latest, string LatestYear, string Change, string ChangeLabel);

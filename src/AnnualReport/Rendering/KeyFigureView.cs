namespace AnnualReport.Rendering;

/// <summary>A headline figure on the front page: an indicator's latest value for its first group, its long-term change and direction.</summary>
public sealed record KeyFigureView(
    string Indicator,
    string Href,
    string Group,
    string Latest,
    string LatestYear,
    string Change,
    string LongChange,
    string? Direction,
    string? Gap,
    string Sparkline);

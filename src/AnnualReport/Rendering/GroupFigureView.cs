namespace AnnualReport.Rendering;

/// <summary>The latest figure of one group, how it changed over the last measurement and the long term, its direction and gap.</summary>
public sealed record GroupFigureView(
    string Group,
    string Latest,
    string LatestYear,
    string Change,
    string LongChange,
    string? Direction,
    string? Gap);

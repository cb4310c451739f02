namespace AnnualReport.Charts;

/// <summary>How one series is drawn: stroke colour, marker shape and dash pattern (null for solid).</summary>
public sealed record SeriesStyle(string Colour, string Marker, string? Dash);

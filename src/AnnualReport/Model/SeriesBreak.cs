namespace AnnualReport.Model;

/// <summary>
/// From <see cref="Year"/> on the figures are not comparable with those before (a new source or
/// definition); no change or trend is computed across it.
/// </summary>
public sealed record SeriesBreak(int Year, string Note);

namespace AnnualReport.Model;

/// <summary>
/// From <see cref="Year"/> on the figures are not comparable with those before (a new source or
/// definition); no change or trend is computed across it.
/// </summary>
public sealed record SeriesBreak(int Year, string Note)
{
    /// <summary>True for a break the data file flags (Eurostat's <c>b</c>) rather than the catalogue declares; its note is then the phrase book's.</summary>
    public bool Flagged { get; init; }
}

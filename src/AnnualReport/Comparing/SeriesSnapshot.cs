namespace AnnualReport.Comparing;

/// <summary>
/// A series as a build published it: its figures by year, and every derived field (changes, trend,
/// direction, gap …) as its JSON text, so that any field the analysis adds later is compared too.
/// </summary>
/// <remarks>For a series published by quarter or month the points are keyed by their place on <see cref="Model.PeriodAxis"/> and <see cref="PerYear"/> says how many a year.</remarks>
public sealed record SeriesSnapshot(SeriesKey Key, IReadOnlyDictionary<int, FigureCell> Points, IReadOnlyDictionary<string, string> Derived)
{
    public int PerYear { get; init; } = 1;
}

namespace AnnualReport.Comparing;

/// <summary>
/// A series as a build published it: its figures by year, and every derived field (changes, trend,
/// direction, gap …) as its JSON text, so that any field the analysis adds later is compared too.
/// </summary>
public sealed record SeriesSnapshot(SeriesKey Key, IReadOnlyDictionary<int, FigureCell> Points, IReadOnlyDictionary<string, string> Derived);

namespace AnnualReport.Municipal;

/// <summary>
/// One generated sentence of a fact sheet, as data: what it says (<see cref="Kind"/>) about which
/// row, and the rest of the country's rate it was tested against. The words are the phrase book's.
/// </summary>
/// <param name="Rest">The rate of the rest of the country, in the indicator's scale, for a significant difference.</param>
public sealed record FactSentence(FactSentenceKind Kind, FactRow Row, double? Rest = null);

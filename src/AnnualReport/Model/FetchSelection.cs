namespace AnnualReport.Model;

/// <summary>
/// What is asked for in one dimension: a list of codes, or one expression
/// (<see cref="SelectionExpression"/>: all, the latest n, from a code on …).
/// </summary>
public sealed record FetchSelection(string Dimension, IReadOnlyList<string> Codes, SelectionExpression? Expression, SourceSpan Where);

namespace AnnualReport.Comparing;

/// <summary>
/// One change between two builds: its kind (<see cref="ChangeKind"/>), where it is, the old and
/// new value (a <see cref="FigureCell"/> for a figure, JSON text for a derived field, words for a
/// text; null when added or removed), the changed words of a text, and the derived changes it
/// caused (the figures, sentences and charts that moved because this cell did).
/// </summary>
public sealed record BuildChange(string Kind, ChangePlace Where, object? Old, object? New)
{
    public IReadOnlyList<WordChange> Words { get; init; } = [];

    public IReadOnlyList<BuildChange> Derived { get; init; } = [];
}

namespace AnnualReport.Analysis;

/// <summary>Whether a cell of a <see cref="LinkedTable"/> is published, hidden (and so protected) or never published at all.</summary>
public enum CellState
{
    Published,
    Hidden,

    /// <summary>Never published and not confidential in itself, such as the figure of a municipality that has since been split.</summary>
    Unpublished,
}

/// <summary>
/// One cell: its counts (numerator and denominator, null when the data gives a rate alone) and
/// its state. One cell may take part in several tables (a group's total in each of its
/// breakdowns), so hiding it in one hides it in all.
/// </summary>
public sealed class LinkedCell(string name, double? numerator, double? denominator, CellState state)
{
    public string Name { get; } = name;

    public double? Numerator { get; } = numerator;

    public double? Denominator { get; } = denominator;

    public CellState State { get; set; } = state;

    public bool HasCounts => Numerator is not null && Denominator is not null;
}

/// <summary>
/// Cells that the publication makes linked by addition: the finest cells the data has (inner
/// cells, such as municipalities or the categories of a breakdown) and the published cells that
/// sum them (a county, the country, a comparison group, a group's total). Secondary suppression
/// and its audit work on this form alone, whatever the tables are.
/// </summary>
public sealed class LinkedTable
{
    private readonly List<LinkedCell> _inner = [];
    private readonly Dictionary<LinkedCell, int> _index = [];
    private readonly List<(LinkedCell Cell, IReadOnlyList<int> Members)> _aggregates = [];

    public IReadOnlyList<LinkedCell> Inner => _inner;

    public IEnumerable<LinkedCell> Aggregates => _aggregates.Select(a => a.Cell);

    public IEnumerable<LinkedCell> Cells => _inner.Concat(Aggregates);

    public int AddInner(LinkedCell cell)
    {
        _index[cell] = _inner.Count;
        _inner.Add(cell);
        return _inner.Count - 1;
    }

    public void AddAggregate(LinkedCell cell, IEnumerable<int> members) => _aggregates.Add((cell, members.Distinct().Order().ToList()));

    /// <summary>The inner cells a cell sums: itself for an inner cell.</summary>
    public IReadOnlyList<int> MembersOf(LinkedCell cell) =>
        _index.TryGetValue(cell, out var i) ? [i] : _aggregates.First(a => a.Cell == cell).Members;

    public bool IsAggregate(LinkedCell cell) => !_index.ContainsKey(cell);

    internal IEnumerable<(LinkedCell Cell, IReadOnlyList<int> Members)> AggregatesWithMembers => _aggregates;

    /// <summary>Whether the LP audit can run: every inner cell has counts.</summary>
    internal bool Countable => _inner.Count > 0 && _inner.All(c => c.HasCounts);
}

namespace AnnualReport.Analysis;

/// <summary>
/// Secondary suppression over a <see cref="LinkedTable"/>, by the protection-level audit that
/// statistical offices use (Fischetti and Salazar-González 2000, the basis of Tau-Argus's
/// suppression; SSB's GaussSuppression rests on the same linear algebra):
/// <list type="number">
/// <item>without counts (rates whose source did its own suppression): an aggregate that is
/// published with exactly one hidden member, or hidden with every member published, would give
/// the hidden cell away by subtraction, so the published member with the smallest denominator (or
/// the first) is hidden too;</item>
/// <item>with counts: for every hidden cell, linear programming finds the tightest bounds an
/// attacker can put on its numerator, knowing every published cell's numerator exactly, every
/// denominator, and that a count lies between 0 and its denominator. While the bounds are
/// narrower than the protection width (in persons; or the whole range 0 to the denominator when
/// that is smaller), one more published cell is hidden: of the smallest published members of the
/// aggregates that hold hidden cells (those holding fewest first), the first whose hiding widens
/// the bounds, else the first of them. Hiding only widens bounds, so a cell once protected stays so.</item>
/// </list>
/// </summary>
public static class SecondarySuppression
{
    /// <summary>Hides what must be hidden; returns the cells hidden by this step.</summary>
    public static IReadOnlyList<LinkedCell> Protect(LinkedTable table, int width)
    {
        var added = new List<LinkedCell>();
        if (table.Countable)
        {
            new Audit(table, width, added).Run();
        }
        else
        {
            Structural(table, added);
        }

        return added;
    }

    /// <summary>The attacker's bounds on a hidden cell's numerator, for tests and the method's own check.</summary>
    public static (double Low, double High) Bounds(LinkedTable table, LinkedCell cell) =>
        new Audit(table, 0, []).Bounds(cell, double.PositiveInfinity);

    private static void Structural(LinkedTable table, List<LinkedCell> added)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (aggregate, indices) in table.AggregatesWithMembers)
            {
                var members = indices.Select(i => table.Inner[i]).ToList();
                var notPublished = members.Where(c => c.State != CellState.Published).ToList();
                var exposed = aggregate.State == CellState.Published
                    ? notPublished.Count == 1 && notPublished[0].State == CellState.Hidden
                    : aggregate.State == CellState.Hidden && notPublished.Count == 0;
                if (exposed && Smallest(members.Where(c => c.State == CellState.Published)) is { } partner)
                {
                    Hide(partner, added);
                    changed = true;
                }
            }
        }
    }

    private static LinkedCell? Smallest(IEnumerable<LinkedCell> cells) =>
        cells.OrderBy(c => c.Denominator ?? double.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();

    private static void Hide(LinkedCell cell, List<LinkedCell> added)
    {
        cell.State = CellState.Hidden;
        added.Add(cell);
    }

    private sealed class Audit(LinkedTable table, int width, List<LinkedCell> added)
    {
        private BoundedSimplex? _simplex;
        private Dictionary<int, int> _variables = [];

        public void Run()
        {
            var queue = new Queue<LinkedCell>(table.Cells.Where(c => c.State == CellState.Hidden && c.HasCounts));
            while (queue.TryDequeue(out var cell))
            {
                var need = Math.Min(cell.Denominator!.Value, width);
                while (Bounds(cell, need) is var (low, high) && high - low < need - 1e-6)
                {
                    if (Partner(cell, high - low, need) is not { } partner)
                    {
                        break;
                    }

                    Hide(partner, added);
                    queue.Enqueue(partner);
                    _simplex = null;
                }
            }
        }

        /// <summary>Least and greatest numerator; the greatest only as far as <paramref name="need"/> above the least.</summary>
        public (double Low, double High) Bounds(LinkedCell cell, double need)
        {
            _simplex ??= Build();
            if (_simplex is null)
            {
                // Counts that contradict their sums (validation reports them): nothing can be bounded.
                return (0, cell.Denominator ?? double.PositiveInfinity);
            }

            var indices = table.MembersOf(cell);
            var members = indices.Where(_variables.ContainsKey).Select(i => _variables[i]).ToList();
            var known = indices.Where(i => !_variables.ContainsKey(i)).Sum(i => table.Inner[i].Numerator!.Value);
            if (members.Count == 0)
            {
                return (known, known);
            }

            var low = _simplex.MinimumOf(members);
            return (known + low, known + _simplex.MaximumOf(members, low + need));
        }

        private BoundedSimplex? Build()
        {
            _variables = [];
            var upper = new List<double>();
            for (var i = 0; i < table.Inner.Count; i++)
            {
                if (table.Inner[i].State != CellState.Published)
                {
                    _variables[i] = upper.Count;
                    upper.Add(table.Inner[i].Denominator!.Value);
                }
            }

            var rows = new List<IReadOnlyList<int>>();
            var rhs = new List<double>();
            foreach (var (aggregate, indices) in table.AggregatesWithMembers.Where(a => a.Cell.State == CellState.Published))
            {
                var free = indices.Where(_variables.ContainsKey).ToList();
                if (free.Count > 0)
                {
                    rows.Add(free.Select(i => _variables[i]).ToList());
                    rhs.Add(free.Sum(i => table.Inner[i].Numerator!.Value));
                }
            }

            return BoundedSimplex.Feasible(rows, rhs, upper);
        }

        /// <summary>
        /// The published cell to hide next. Candidates are the cell's own published members when it
        /// is an aggregate, then, from every published aggregate that holds a hidden cell (those
        /// holding fewest first, as they bind hardest), its three published members with the
        /// smallest denominators, and last the aggregates themselves. The first candidate whose hiding
        /// widens the cell's bounds is taken (tried by solving again), else the first of all.
        /// </summary>
        private LinkedCell? Partner(LinkedCell cell, double width, double need)
        {
            var candidates = Candidates(cell).Distinct().ToList();
            foreach (var candidate in candidates.Take(12))
            {
                candidate.State = CellState.Hidden;
                _simplex = null;
                var (low, high) = Bounds(cell, need);
                candidate.State = CellState.Published;
                _simplex = null;
                if (high - low > width + 1e-6)
                {
                    return candidate;
                }
            }

            return candidates.FirstOrDefault();
        }

        private IEnumerable<LinkedCell> Candidates(LinkedCell cell)
        {
            if (table.IsAggregate(cell) && Smallest(table.MembersOf(cell).Select(i => table.Inner[i]).Where(c => c.State == CellState.Published)) is { } own)
            {
                yield return own;
            }

            var binding = table.AggregatesWithMembers
                .Where(a => a.Cell.State == CellState.Published && a.Members.Any(i => table.Inner[i].State != CellState.Published))
                .OrderBy(a => a.Members.Count(i => table.Inner[i].State != CellState.Published))
                .ThenBy(a => a.Cell.Denominator ?? double.MaxValue)
                .ToList();
            // Members with nobody in them (0 of 0) protect nothing.
            foreach (var (_, members) in binding)
            {
                foreach (var member in members.Select(i => table.Inner[i]).Where(c => c.State == CellState.Published && c.Denominator > 0)
                    .OrderBy(c => c.Denominator).ThenBy(c => c.Name, StringComparer.Ordinal).Take(3))
                {
                    yield return member;
                }
            }

            foreach (var (aggregate, _) in binding)
            {
                yield return aggregate;
            }
        }
    }
}

using Google.OrTools.LinearSolver;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// The linear-programming attack on one table. Knows each unknown's denominator d (0 ≤ n ≤ d) and
/// every published value: a value v shown with k decimals says that the region's count lies in
/// [(v − ½·10⁻ᵏ)·D/scale, (v + ½·10⁻ᵏ)·D/scale]. It never sees a true count. For a hidden region it
/// finds the smallest and largest count consistent with all of that (two linear programs, GLOP).
/// </summary>
internal sealed class LinearAttacker : IDisposable
{
    /// <summary>Slack on every published bound, in persons, so that floating-point noise cannot make the truth infeasible.</summary>
    private const double Slack = 1e-7;

    private readonly Solver _solver;
    private readonly Variable[] _counts;

    public LinearAttacker(IReadOnlyList<double> denominators)
    {
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
        _counts = denominators.Select((d, i) => _solver.MakeNumVar(0, d, $"n{i}")).ToArray();
    }

    public int Constraints { get; private set; }

    /// <summary>How far the attacker widens a published bound at this count (floating-point noise).</summary>
    public static double SlackAt(double count) => Slack * Math.Max(1, Math.Abs(count));

    /// <summary>
    /// Adds what the published values of one region reveal about its count: each confines it to its
    /// rounding interval, so together to their intersection (the same figure in several files).
    /// </summary>
    public void Publish(Combination region, IEnumerable<PublishedNumber> values, double scale)
    {
        if (region.IsEmpty || region.Denominator <= 0)
        {
            return;
        }

        var low = values.Max(v => (v.Value - v.HalfUnit) * region.Denominator / scale);
        var high = values.Min(v => (v.Value + v.HalfUnit) * region.Denominator / scale);
        var constraint = _solver.MakeConstraint(low - SlackAt(low), high + SlackAt(high), $"c{Constraints++}");
        foreach (var (index, weight) in region.Weights)
        {
            constraint.SetCoefficient(_counts[index], weight);
        }
    }

    /// <summary>The smallest and largest count of <paramref name="region"/> the published figures allow; null when they contradict each other.</summary>
    public (double Low, double High)? Bounds(Combination region)
    {
        var low = Optimise(region, maximise: false);
        var high = Optimise(region, maximise: true);
        return low is { } l && high is { } h ? (l, h) : null;
    }

    private double? Optimise(Combination region, bool maximise)
    {
        var objective = _solver.Objective();
        objective.Clear();
        foreach (var (index, weight) in region.Weights)
        {
            objective.SetCoefficient(_counts[index], weight);
        }

        objective.SetOptimizationDirection(maximise);
        return _solver.Solve() == Solver.ResultStatus.OPTIMAL ? objective.Value() : null;
    }

    public void Dispose() => _solver.Dispose();
}

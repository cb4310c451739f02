namespace AnnualReport.Analysis;

/// <summary>
/// The primal simplex method with bounded variables (Dantzig 1955; as in Chvátal, <i>Linear
/// Programming</i>, 1983, ch. 8) for the small programs of the disclosure audit: minimise c·x
/// subject to A x = b and 0 ≤ x ≤ u, where every row of A is a set of variables with coefficient 1.
/// Phase 1 finds a feasible basis with one artificial variable per row; the basis is then reused
/// for every objective. Bland's rule (smallest index enters and leaves) rules out cycling.
/// </summary>
internal sealed class BoundedSimplex
{
    private const double Eps = 1e-9;


    private readonly int _m;
    private readonly int _n;
    private readonly int _originals;
    private readonly double[,] _tableau;
    private readonly double[] _values;
    private readonly int[] _basis;
    private readonly bool[] _basic;
    private readonly bool[] _atUpper;
    private readonly double[] _upper;

    private BoundedSimplex(int m, int originals, double[,] tableau, double[] values, int[] basis, bool[] basic, bool[] atUpper, double[] upper)
    {
        (_m, _originals, _n) = (m, originals, originals + m);
        (_tableau, _values, _basis, _basic, _atUpper, _upper) = (tableau, values, basis, basic, atUpper, upper);
    }

    /// <summary>A feasible basis for the rows (each the variables it sums) with right-hand sides and upper bounds; null when infeasible.</summary>
    public static BoundedSimplex? Feasible(IReadOnlyList<IReadOnlyList<int>> rows, IReadOnlyList<double> rhs, IReadOnlyList<double> upper)
    {
        var (m, originals) = (rows.Count, upper.Count);
        var n = originals + m;
        var tableau = new double[m, n];
        var values = new double[m];
        var basis = new int[m];
        var basic = new bool[n];
        var bounds = new double[n];
        for (var j = 0; j < originals; j++)
        {
            bounds[j] = upper[j];
        }

        for (var r = 0; r < m; r++)
        {
            var sign = rhs[r] < 0 ? -1.0 : 1.0;
            foreach (var j in rows[r])
            {
                tableau[r, j] += sign;
            }

            tableau[r, originals + r] = 1;
            values[r] = sign * rhs[r];
            basis[r] = originals + r;
            basic[originals + r] = true;
            bounds[originals + r] = double.PositiveInfinity;
        }

        var simplex = new BoundedSimplex(m, originals, tableau, values, basis, basic, new bool[n], bounds);
        var phaseOne = new double[n];
        for (var r = 0; r < m; r++)
        {
            phaseOne[originals + r] = 1;
        }

        if (simplex.Minimise(phaseOne, allowArtificial: true, stopBelow: null) > 1e-6)
        {
            return null;
        }

        // Artificial variables stay at zero from now on.
        for (var r = 0; r < m; r++)
        {
            simplex._upper[originals + r] = 0;
        }

        return simplex;
    }

    /// <summary>The least value of the sum of the variables, from a copy of the feasible basis.</summary>
    public double MinimumOf(IReadOnlyList<int> variables) => Copy().Minimise(Cost(variables, 1), allowArtificial: false, stopBelow: null);

    /// <summary>The greatest value of the sum, or a value of at least <paramref name="enough"/> as soon as one is found.</summary>
    public double MaximumOf(IReadOnlyList<int> variables, double enough) => -Copy().Minimise(Cost(variables, -1), allowArtificial: false, stopBelow: -enough);

    private double[] Cost(IReadOnlyList<int> variables, double sign)
    {
        var cost = new double[_n];
        foreach (var j in variables)
        {
            cost[j] = sign;
        }

        return cost;
    }

    private BoundedSimplex Copy() => new(
        _m, _originals, (double[,])_tableau.Clone(), (double[])_values.Clone(), (int[])_basis.Clone(), (bool[])_basic.Clone(), (bool[])_atUpper.Clone(), (double[])_upper.Clone());

    private double Objective(double[] cost)
    {
        var total = 0.0;
        for (var j = 0; j < _n; j++)
        {
            if (!_basic[j] && _atUpper[j])
            {
                total += cost[j] * _upper[j];
            }
        }

        for (var r = 0; r < _m; r++)
        {
            total += cost[_basis[r]] * _values[r];
        }

        return total;
    }

    private double Minimise(double[] cost, bool allowArtificial, double? stopBelow)
    {
        var limit = allowArtificial ? _n : _originals;
        while (true)
        {
            if (stopBelow is { } stop && Objective(cost) <= stop + Eps)
            {
                return Objective(cost);
            }

            var entering = -1;
            for (var j = 0; j < limit && entering < 0; j++)
            {
                if (_basic[j] || _upper[j] <= 0)
                {
                    continue;
                }

                var reduced = cost[j];
                for (var r = 0; r < _m; r++)
                {
                    reduced -= cost[_basis[r]] * _tableau[r, j];
                }

                if ((!_atUpper[j] && reduced < -Eps) || (_atUpper[j] && reduced > Eps))
                {
                    entering = j;
                }
            }

            if (entering < 0)
            {
                return Objective(cost);
            }

            Step(entering);
        }
    }

    /// <summary>Moves the entering variable as far as the bounds allow: a bound flip or a pivot.</summary>
    private void Step(int j)
    {
        var direction = _atUpper[j] ? -1.0 : 1.0;
        var step = _upper[j];
        var leaving = -1;
        for (var r = 0; r < _m; r++)
        {
            var a = _tableau[r, j] * direction;
            double bound;
            if (a > Eps)
            {
                bound = _values[r] / a;
            }
            else if (a < -Eps && !double.IsPositiveInfinity(_upper[_basis[r]]))
            {
                bound = (_upper[_basis[r]] - _values[r]) / -a;
            }
            else
            {
                continue;
            }

            bound = Math.Max(0, bound);
            // The smallest step; among equal steps the basic variable with the smallest index leaves.
            if (bound < step - Eps || (bound <= step + Eps && leaving >= 0 && _basis[r] < _basis[leaving]))
            {
                (step, leaving) = (Math.Min(step, bound), r);
            }
        }

        if (double.IsPositiveInfinity(step))
        {
            throw new InvalidOperationException("the disclosure audit's linear program is unbounded, which bounded counts cannot be");
        }

        for (var r = 0; r < _m; r++)
        {
            _values[r] -= _tableau[r, j] * direction * step;
        }

        if (leaving < 0)
        {
            _atUpper[j] = !_atUpper[j];
            return;
        }

        var old = _basis[leaving];
        _atUpper[old] = _tableau[leaving, j] * direction < 0;
        _values[leaving] = _atUpper[j] ? _upper[j] - step : step;
        Pivot(leaving, j);
        (_basis[leaving], _basic[j], _basic[old], _atUpper[j]) = (j, true, false, false);
    }

    private void Pivot(int row, int column)
    {
        var pivot = _tableau[row, column];
        for (var k = 0; k < _n; k++)
        {
            _tableau[row, k] /= pivot;
        }

        for (var r = 0; r < _m; r++)
        {
            var factor = _tableau[r, column];
            if (r == row || factor == 0)
            {
                continue;
            }

            for (var k = 0; k < _n; k++)
            {
                _tableau[r, k] -= factor * _tableau[row, k];
            }
        }
    }
}

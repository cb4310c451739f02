using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// An indicator's figures as cells for disclosure control: each observation's state after the
/// primary rules (<see cref="Classify"/>), tables built over them by the caller, and the
/// published figures once secondary suppression has run (<see cref="Result"/>).
/// </summary>
public sealed class DisclosureGrid
{
    private readonly IndicatorData _data;
    private readonly DisclosureRules _rules;
    private readonly List<LinkedCell[]> _cells = [];
    private readonly Dictionary<LinkedCell, string?> _status = [];
    private readonly Dictionary<Series, int> _index = new(ReferenceEqualityComparer.Instance);

    public DisclosureGrid(IndicatorData data, DisclosureRules rules)
    {
        (_data, _rules) = (data, rules);
        Scale = data.Indicator.Unit switch { Unit.Percent => 100.0, Unit.PerThousand => 1000.0, _ => 0 };
        foreach (var series in data.Series)
        {
            _index[series] = _cells.Count;
            _cells.Add(series.Observations.Select(o => Cell(o, $"{series.GroupId} {series.Breakdown} {series.Category} {o.Year}".Replace("  ", " ", StringComparison.Ordinal))).ToArray());
        }
    }

    /// <summary>100 for percentages, 1000 per thousand, 0 for other units (no interval).</summary>
    public double Scale { get; }

    /// <summary>The cell of a series' observation in a year, or null when the series has none.</summary>
    public LinkedCell? At(Series series, int year)
    {
        if (!_index.TryGetValue(series, out var index))
        {
            return null;
        }

        for (var k = 0; k < series.Observations.Count; k++)
        {
            if (series.Observations[k].Year == year)
            {
                return _cells[index][k];
            }
        }

        return null;
    }

    /// <summary>A cell for a figure that is no series' observation (a comparison group, a split municipality's old code).</summary>
    public LinkedCell Cell(Observation observation, string name)
    {
        var (state, status) = Classify(observation);
        var cell = new LinkedCell(name, observation.Numerator, observation.Denominator, state);
        _status[cell] = status;
        return cell;
    }

    /// <summary>The symbol a cell is published with (<c>:</c> for any cell hidden by suppression).</summary>
    public string? StatusOf(LinkedCell cell) => cell.State == CellState.Hidden && _status.GetValueOrDefault(cell) is not (StatusSymbols.NotAvailable or StatusSymbols.Confidential)
        ? StatusSymbols.Confidential
        : _status.GetValueOrDefault(cell);

    /// <summary>
    /// The primary rules for one figure: with counts, 0 of 0 is not applicable (<c>.</c>, known
    /// to be nobody); a numerator, denominator or difference at or below the limit is confidential
    /// (<c>:</c>); a proportion whose 95 % Wilson interval is wider than the limit is too uncertain
    /// (<c>..</c>). Without counts, the source's own symbol decides.
    /// </summary>
    public (CellState State, string? Status) Classify(Observation o) =>
        o.Numerator is { } n && o.Denominator is { } d
            ? Primary(n, d, _rules, Scale) is { } primary ? (primary.State, primary.Status) : (CellState.Published, o.Status)
            : BySymbol(o);

    /// <summary>The primary rules for a cell with counts: its state and symbol, or null when it may be published.</summary>
    public static (CellState State, string Status)? Primary(double numerator, double denominator, DisclosureRules rules, double scale)
    {
        if (denominator == 0)
        {
            return (CellState.Published, StatusSymbols.NotApplicable);
        }

        if (DisclosureControl.IsTooSmall(numerator, denominator, rules.MinCount))
        {
            return (CellState.Hidden, StatusSymbols.Confidential);
        }

        return scale > 0 && WilsonInterval.Of(numerator, denominator) is { } interval && (interval.High - interval.Low) * 100 > rules.MaxIntervalWidth
            ? (CellState.Hidden, StatusSymbols.NotAvailable)
            : null;
    }

    private static (CellState State, string? Status) BySymbol(Observation o) =>
        o.Value is not null ? (CellState.Published, o.Status)
            : o.Status is StatusSymbols.Confidential or StatusSymbols.NotAvailable ? (CellState.Hidden, o.Status)
            : o.Status is StatusSymbols.NotApplicable or StatusSymbols.Nil ? (CellState.Published, o.Status)
            : (CellState.Unpublished, o.Status);

    /// <summary>
    /// A figure as published: a hidden one keeps only its symbol (no value, counts or interval);
    /// a published proportion with counts is rounded to the indicator's decimals and gets its
    /// published interval; 0 of 0 becomes <c>.</c>.
    /// </summary>
    public Observation Published(LinkedCell cell, Observation o)
    {
        if (cell.State == CellState.Hidden)
        {
            return o with { Value = null, Status = StatusOf(cell), Numerator = null, Denominator = null, Low = null, High = null };
        }

        if (o.Denominator == 0 && o.Numerator is not null)
        {
            return o with { Value = null, Status = StatusSymbols.NotApplicable, Numerator = null, Denominator = null, Low = null, High = null };
        }

        if (Scale == 0 || o.Value is not { } value || o.Numerator is not { } n || o.Denominator is not { } d)
        {
            return o;
        }

        // A rate worked out from counts carries every digit of n/d; charts, sparklines and
        // analysis.json would give them away (a rate to six decimals names its fraction). It is
        // rounded to the published decimals before anything uses it.
        var interval = PublishedInterval.For(n, d, _data.Indicator.Decimals, Scale);
        return o with { Value = Math.Round(value, _data.Indicator.Decimals, MidpointRounding.AwayFromZero), Low = interval?.Low, High = interval?.High };
    }

    public IndicatorData Result() => _data with
    {
        Series = _data.Series.Select((s, i) => s with { Observations = s.Observations.Select((o, k) => Published(_cells[i][k], o)).ToList() }).ToList(),
    };
}

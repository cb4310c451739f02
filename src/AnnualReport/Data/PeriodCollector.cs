using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Quarters and months on their way to years, as the catalogue's <c>data.period</c> says: a
/// picked quarter or month stands for its year; an average or a sum is taken over a complete year
/// only (every period present with a value), and the incomplete years are reported. Without
/// <c>period</c> a sub-annual code is an error: collapsing it to its year would publish one quarter
/// as the year, or report the other three as duplicates. An indicator published by quarter or month
/// (<c>frequency: quarterly</c>) keeps its periods, each at its place on <see cref="PeriodAxis"/>.
/// </summary>
internal sealed class PeriodCollector(Indicator indicator, OncePerKey errors, List<Diagnostic> diagnostics)
{
    private readonly PeriodRule? _rule = indicator.Data.Period;
    private readonly Dictionary<((string, string?, string?) Key, int Year), (int PerYear, SortedDictionary<int, Observation> Parts)> _pending = [];

    /// <summary>Whether a cell of this period goes on to the series (or to a year's average or sum).</summary>
    public bool Accept(PeriodCode period, string dimension, SourceSpan where)
    {
        // An indicator published by quarter or month takes its own kind of period and no other.
        if (indicator.SubAnnual)
        {
            if (period.PerYear == indicator.PerYear)
            {
                return true;
            }

            errors.Add("sub-annual-period", Messages.Format("mappings.frequency-mismatch", ("dimension", dimension), ("kind", Kind(period.PerYear)), ("indicator", indicator.Id), ("frequency", PeriodAxis.Name(indicator.PerYear)), ("wanted", Kind(indicator.PerYear))), where, "frequency");
            return false;
        }

        if (period.IsAnnual)
        {
            return true;
        }

        if (_rule is null)
        {
            errors.Add("sub-annual-period", Messages.Format("mappings.sub-annual-undeclared", ("dimension", dimension), ("indicator", indicator.Id), ("kind", Kind(period.PerYear))), where, "undeclared");
            return false;
        }

        if (_rule.Mode == PeriodMode.Pick && period.PerYear != _rule.PerYear)
        {
            errors.Add("sub-annual-period", Messages.Format("mappings.pick-mismatch", ("dimension", dimension), ("kind", Kind(period.PerYear)), ("picked", Kind(_rule.PerYear ?? 1))), _rule.Where, "mismatch");
            return false;
        }

        return _rule.Mode != PeriodMode.Pick || period.Index == _rule.Pick;
    }

    /// <summary>Keeps an observation of a quarter or month for its year's average or sum; false when it goes straight to the series.</summary>
    public bool Collect((string, string?, string?) key, PeriodCode period, Observation observation)
    {
        if (period.IsAnnual || indicator.SubAnnual || _rule is not { Mode: PeriodMode.Average or PeriodMode.Sum })
        {
            return false;
        }

        if (!_pending.TryGetValue((key, period.Year), out var year))
        {
            _pending[(key, period.Year)] = year = (period.PerYear, []);
        }

        if (year.PerYear != period.PerYear || !year.Parts.TryAdd(period.Index, observation))
        {
            errors.Add("duplicate-observation", Messages.Format("mappings.duplicate-period", ("group", key.Item1), ("year", period.Year), ("first", year.Parts.Values.First().Where)), observation.Where, $"{key}/{period}");
        }

        return true;
    }

    /// <summary>Adds each complete year's average or sum to its series and reports the years left out.</summary>
    public void AddYears(Dictionary<(string Group, string? Breakdown, string? Category), List<Observation>> series)
    {
        var incomplete = new SortedSet<int>();
        foreach (var ((key, year), (perYear, parts)) in _pending)
        {
            if (parts.Count < perYear || parts.Values.Any(o => o.Value is null))
            {
                incomplete.Add(year);
                continue;
            }

            var values = parts.Values.Select(o => o.Value!.Value).ToList();
            var first = parts.Values.First();
            var observation = first with
            {
                Value = _rule!.Mode == PeriodMode.Sum ? values.Sum() : values.Average(),
                Provenance = parts.Values.Any(o => o.Provenance == Provenance.Illustrative) ? Provenance.Illustrative : first.Provenance,
                Numerator = null,
                Denominator = null,

                // A year made from a provisional quarter is provisional: every part's flags, in the vocabulary's order.
                Flags = StatusMeanings.InOrder(parts.Values.SelectMany(o => o.Flags)),
            };
            if (!series.TryGetValue(key, out var observations))
            {
                series[key] = observations = [];
            }

            if (observations.Any(o => o.Year == year))
            {
                errors.Add("duplicate-observation", Messages.Format("mappings.duplicate-period", ("group", key.Item1), ("year", year), ("first", observations.First(o => o.Year == year).Where)), first.Where, $"{key}/{year}");
                continue;
            }

            observations.Add(observation);
        }

        if (incomplete.Count > 0)
        {
            diagnostics.Add(Diagnostic.Warning("incomplete-year", Messages.Format("mappings.incomplete-year", ("indicator", indicator.Id), ("years", string.Join(", ", incomplete))), _rule!.Where));
        }
    }

    private static string Kind(int perYear) => Messages.Format(perYear switch
    {
        4 => "mappings.kind.quarters",
        2 => "mappings.kind.halves",
        1 => "mappings.kind.years",
        _ => "mappings.kind.months",
    });
}

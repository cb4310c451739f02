using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Small numbers, for figures that come with numerator and denominator, before anything is
/// analysed, drawn or written:
/// <list type="number">
/// <item>primary suppression: a cell whose numerator, denominator or denominator − numerator is at
/// or below the limit (default 3) is hidden as <c>:</c>;</item>
/// <item>secondary suppression: within each breakdown of a group and year, if exactly one
/// category is hidden, the published category with counts and the smallest denominator is hidden
/// too, so the hidden cell cannot be worked out from the total and the other categories;</item>
/// <item>uncertainty: every remaining proportion gets its 95 % Wilson interval, and one whose
/// interval is wider than the limit (in percentage points) is marked too uncertain, <c>..</c>.</item>
/// </list>
/// A hidden cell loses its value, its counts and its interval, so nothing downstream can show them.
/// </summary>
public static class DisclosureControl
{
    public static IReadOnlyList<IndicatorData> Apply(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data) =>
        data.Select(d => Apply(d, catalogue.Disclosure)).ToList();

    public static IndicatorData Apply(IndicatorData data, DisclosureRules rules)
    {
        var scale = data.Indicator.Unit switch { Unit.Percent => 100.0, Unit.PerThousand => 1000.0, _ => 0 };
        var series = data.Series.Select(s => s with { Observations = s.Observations.Select(o => Primary(o, rules)).ToList() }).ToList();
        series = Secondary(series);
        series = series.Select(s => s with { Observations = s.Observations.Select(o => Uncertainty(o, rules, scale)).ToList() }).ToList();
        return data with { Series = series };
    }

    /// <summary>The primary rule alone, for one cell.</summary>
    public static bool IsTooSmall(double numerator, double denominator, int limit) =>
        numerator <= limit || denominator <= limit || denominator - numerator <= limit;

    private static Observation Primary(Observation o, DisclosureRules rules) =>
        o.Numerator is { } n && o.Denominator is { } d && IsTooSmall(n, d, rules.MinCount) ? Hide(o) : o;

    private static List<Series> Secondary(List<Series> series)
    {
        var result = series.ToList();
        var breakdowns = series.Where(s => !s.IsTotal).GroupBy(s => (s.GroupId, s.Breakdown));
        foreach (var breakdown in breakdowns)
        {
            var members = breakdown.ToList();
            var years = members.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().ToList();
            foreach (var year in years)
            {
                var cells = members.Select(s => (Series: s, Cell: s.Observations.FirstOrDefault(o => o.Year == year))).Where(x => x.Cell is not null).ToList();
                var hidden = cells.Count(x => x.Cell!.Status == StatusSymbols.Confidential);
                if (hidden != 1)
                {
                    continue;
                }

                // Only counts let a hidden cell be worked out; where the source gives rates alone
                // (and did its own suppression), there is nothing to protect further.
                var partner = cells.Where(x => x.Cell!.Value is not null && x.Cell.Denominator is not null)
                    .OrderBy(x => x.Cell!.Denominator).ThenBy(x => x.Series.Category, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (partner.Series is null)
                {
                    continue;
                }

                var index = result.IndexOf(partner.Series);
                var updated = partner.Series with { Observations = partner.Series.Observations.Select(o => o.Year == year ? Hide(o) : o).ToList() };
                result[index] = updated;
                members[members.IndexOf(partner.Series)] = updated;
            }
        }

        return result;
    }

    private static Observation Uncertainty(Observation o, DisclosureRules rules, double scale)
    {
        if (scale == 0 || o.Value is null || o.Numerator is not { } n || o.Denominator is not { } d || WilsonInterval.Of(n, d) is not { } interval)
        {
            return o;
        }

        var (low, high) = (interval.Low * scale, interval.High * scale);
        return (high - low) * (100 / scale) > rules.MaxIntervalWidth
            ? o with { Value = null, Status = StatusSymbols.NotAvailable, Low = null, High = null }
            : o with { Low = low, High = high };
    }

    private static Observation Hide(Observation o) =>
        o with { Value = null, Status = StatusSymbols.Confidential, Numerator = null, Denominator = null, Low = null, High = null };
}

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// The rules for one series, as the method page states them:
/// changes compare the latest value with the value k years earlier (k = 1 or the indicator's
/// interval, 5 and 10, or the baseline year); the trend is fitted to the values of the last N
/// years; nothing reaches back across a series break, so only the segment that holds the latest
/// year is used; gaps compare with the reference group in the same year. For an indicator published
/// by quarter or month the years are counted on its <see cref="PeriodAxis"/>: a change over k years
/// compares with the same period k years earlier, the trend window holds N years of periods, and the
/// one-step change is the change from the same period a year earlier (a quarter against the quarter
/// before would mix the season into the change).
/// </summary>
internal static class SeriesAnalyser
{
    public static SeriesResult Analyse(Indicator indicator, Series series, Group group, Series? reference, bool isReference = false)
    {
        var why = new Dictionary<string, Reason>(StringComparer.Ordinal);
        var latest = series.Observations.LastOrDefault(o => o.Value.HasValue);
        if (latest is null)
        {
            why["latest"] = Reason.Of("no-figures");
            return new SeriesResult(series, group, null, null, null, null, null, null, null, null, null, null, null, null, why);
        }

        var segmentStart = indicator.Breaks.Where(b => b.Year <= latest.Year).Select(b => b.Year).DefaultIfEmpty(int.MinValue).Max();
        double? ValueIn(Series s, int year, string field)
        {
            if (year < segmentStart)
            {
                why.TryAdd(field, Reason.Of("series-break", ("year", segmentStart)));
                return null;
            }

            var observation = s.Observations.FirstOrDefault(o => o.Year == year);
            if (observation?.Value is { } value)
            {
                return value;
            }

            why.TryAdd(field, observation?.Status is { } status
                ? Reason.Of("missing-status", ("year", year), ("symbol", status))
                : indicator.Irregular ? Reason.Of("no-survey", ("year", year))
                : indicator.Interval > 1 ? Reason.Of("not-measured", ("year", year), ("interval", indicator.Interval)) : Reason.Of("missing-year", ("year", year)));
            return null;
        }

        double? Change(int places, string field) => latest.Value - ValueIn(series, latest.Year - places, field);

        // A survey in irregular years compares with the previous survey, however many years ago.
        var since1 = indicator.Irregular
            ? series.Observations.LastOrDefault(o => o.Year < latest.Year)?.Year ?? latest.Year - indicator.Interval
            : latest.Year - indicator.PeriodsIn(indicator.Interval);
        var change1 = Change(latest.Year - since1, "change1");
        var change5 = Change(indicator.PeriodsIn(5), "change5");
        var change10 = Change(indicator.PeriodsIn(10), "change10");
        var latestYear = PeriodAxis.YearOf(latest.Year, indicator.PerYear);
        var sinceBaseline = indicator.Analysis.Baseline is { } baseline ? Change(indicator.PeriodsIn(latestYear - baseline), "changeBaseline") : null;

        var window = series.Observations
            .Where(o => o.Value.HasValue && o.Year > latest.Year - indicator.PeriodsIn(indicator.Analysis.TrendYears) && o.Year >= segmentStart)
            .Select(o => (o.Year, o.Value!.Value))
            .ToList();
        var trend = TrendCalculator.Fit(window);
        if (trend is null)
        {
            why["slope"] = segmentStart > int.MinValue ? Reason.Of("too-few-after-break", ("year", segmentStart)) : Reason.Of("too-few-for-trend");
        }

        var (direction, directionWhy) = DirectionRule.Decide(trend, indicator.Polarity, indicator.Analysis);
        if (directionWhy is not null)
        {
            why["direction"] = directionWhy;
        }

        double? gap = null, ratio = null, gapChange5 = null, gapChange10 = null;
        if (reference is null)
        {
            why["gap"] = indicator.SinglePopulation ? Reason.Of("one-population") : isReference ? Reason.Of("is-reference") : Reason.Of("no-reference");
        }
        else
        {
            double? GapIn(int year, string field) => ValueIn(series, year, field) - ValueIn(reference, year, field);
            gap = GapIn(latest.Year, "gap");
            var referenceValue = ValueIn(reference, latest.Year, "gapRatio");
            ratio = referenceValue is { } r && r != 0 ? latest.Value / r : null;
            gapChange5 = Math.Abs(gap ?? double.NaN) - Math.Abs(GapIn(latest.Year - indicator.PeriodsIn(5), "gapChange5") ?? double.NaN) is var c5 && !double.IsNaN(c5) ? c5 : null;
            gapChange10 = Math.Abs(gap ?? double.NaN) - Math.Abs(GapIn(latest.Year - indicator.PeriodsIn(10), "gapChange10") ?? double.NaN) is var c10 && !double.IsNaN(c10) ? c10 : null;
        }

        var first = segmentStart > int.MinValue ? series.Observations.FirstOrDefault(o => o.Year >= segmentStart && o.Value.HasValue) : null;
        return new SeriesResult(series, group, latest, change1, change5, change10, sinceBaseline, trend, direction, gap, ratio, gapChange5, gapChange10, Goal(indicator, series, latest, trend), why)
        {
            Change1Since = since1,
            SinceBreak = first is not null && first.Year < latest.Year ? (latest.Value!.Value - first.Value!.Value, first.Year) : null,
        };
    }

    private static GoalResult? Goal(Indicator indicator, Series series, Observation latest, Trend? trend)
    {
        if (indicator.Goal is not { } goal || !series.IsTotal || (goal.Group is not null && goal.Group != series.GroupId))
        {
            return null;
        }

        var sign = indicator.Polarity == Polarity.LowerIsBetter ? -1 : 1;
        var distance = sign * (goal.Value - latest.Value!.Value);
        double? projected = goal.By is { } by && trend is not null ? latest.Value.Value + trend.Slope * (PeriodAxis.End(by, indicator.PerYear) - latest.Year) : null;
        bool? onTrack = projected is { } p ? sign * (p - goal.Value) >= 0 : null;
        return new GoalResult(goal.Value, goal.By, distance, distance <= 0, projected, onTrack);
    }
}

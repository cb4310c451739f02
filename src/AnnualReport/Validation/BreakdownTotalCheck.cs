using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// The categories of each breakdown against their total, per group and year, for the national
/// figures of every reader (<see cref="CategorySum"/> holds the rule).
/// </summary>
internal static class BreakdownTotalCheck
{
    public static void Check(IndicatorData figures, List<Diagnostic> found)
    {
        var indicator = figures.Indicator;
        var totals = figures.Series.Where(s => s.IsTotal).ToDictionary(s => s.GroupId);
        foreach (var breakdown in figures.Series.Where(s => !s.IsTotal).GroupBy(s => (s.GroupId, s.Breakdown)))
        {
            if (!totals.TryGetValue(breakdown.Key.GroupId, out var total))
            {
                continue;
            }

            foreach (var whole in total.Observations)
            {
                var categories = breakdown.SelectMany(s => s.Observations.Where(o => o.Year == whole.Year).Select(o => (s.Category!, o))).ToList();
                CategorySum.Check(indicator, whole, categories, Messages.Format("consistency.parts.categories", ("breakdown", breakdown.Key.Breakdown), ("group", whole.Group), ("year", PeriodAxis.Code(whole.Year, indicator.PerYear))), Messages.Format("consistency.total.total"), found);
            }
        }
    }
}

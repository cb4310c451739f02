using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Runs the composition analysis where the catalogue asks for it (<c>analysis.standardise</c>):
/// for each group with the breakdown's rates and denominators, the standardised rate of every
/// year after the latest series break, and the decomposition of the change from the first such
/// year (at most ten years back) to the latest.
/// </summary>
public static class CompositionAnalyser
{
    public static IReadOnlyList<StandardisedResult> Analyse(IReadOnlyList<IndicatorData> data) =>
        data.Where(d => d.Indicator.Analysis.Standard is not null).SelectMany(Analyse).ToList();

    private static IEnumerable<StandardisedResult> Analyse(IndicatorData data)
    {
        var standard = data.Indicator.Analysis.Standard!;
        var categories = data.Series.Where(s => s.Breakdown == standard.Breakdown).ToList();
        CompositionYear? YearOf(string group, int year) => CompositionYear.From(
            year,
            categories.Where(s => s.GroupId == group).ToDictionary(
                s => s.Category!,
                s => s.Observations.FirstOrDefault(o => o.Year == year) is { } o ? (o.Value, o.Denominator) : ((double?)null, (double?)null)));

        var standardYear = YearOf(standard.Group, standard.Year);
        if (standardYear is null)
        {
            yield break;
        }

        foreach (var group in categories.Select(s => s.GroupId).Distinct())
        {
            var all = categories.Where(s => s.GroupId == group).SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
            if (all.Count == 0)
            {
                continue;
            }

            var segmentStart = data.Indicator.Breaks.Where(b => b.Year <= all[^1]).Select(b => b.Year).DefaultIfEmpty(int.MinValue).Max();
            var years = all.Where(y => y >= segmentStart && y > all[^1] - 11).Select(y => YearOf(group, y)).OfType<CompositionYear>().ToList();
            var rows = years
                .Select(y => (y.Year, y.Crude, Standardised: Composition.Standardise(y, standardYear)))
                .Where(r => r.Standardised is not null)
                .Select(r => (r.Year, r.Crude, r.Standardised!.Value))
                .ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var illustrative = categories.Where(s => s.GroupId == group || s.GroupId == standard.Group)
                .SelectMany(s => s.Observations).Any(o => o.Provenance == Provenance.Illustrative);
            var change = years.Count >= 2 ? Composition.Decompose(years[0], years[^1]) : null;
            yield return new StandardisedResult(data.Indicator.Id, group, standard, rows, change, illustrative);
        }
    }
}

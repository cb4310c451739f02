using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// What a source's flags do to an indicator's figures once they are mapped to series (each
/// observation carries the flag meanings of the cell, or for a year averaged or summed from
/// quarters of every cell, it was made from): a figure flagged as a break in the series
/// (Eurostat's <c>b</c>) starts a series break at its period, as if the catalogue declared it (a
/// break the catalogue declares there keeps its own note).
/// </summary>
internal static class SourceFlags
{
    /// <summary>
    /// For figures mapped without their cells' flags (the municipal figures, gathered by region):
    /// each observation takes the flags of the cell it was read from, then <see cref="Breaks"/>.
    /// </summary>
    public static IndicatorData Attach(IndicatorData data, DataCube cube)
    {
        var marks = cube.Cells.OfType<CubeCell>().Where(c => c.Marks.Count > 0).GroupBy(c => c.Where).ToDictionary(g => g.Key, g => g.First().Marks);
        return marks.Count == 0 ? data : Breaks(data with
        {
            Series = data.Series.Select(s => s with
            {
                Observations = s.Observations.Select(o => o.Flags.Count == 0 && marks.TryGetValue(o.Where, out var m) ? o with { Flags = m } : o).ToList(),
            }).ToList(),
        });
    }

    /// <summary>The series breaks the flags start, added to the indicator's own.</summary>
    public static IndicatorData Breaks(IndicatorData data)
    {
        var series = data.Series;
        if (!series.Any(s => s.Observations.Any(o => o.Flags.Count > 0)))
        {
            return data;
        }

        var declared = data.Indicator.Breaks.Select(b => b.Year).ToHashSet();
        var flagged = series.SelectMany(s => s.Observations).Where(o => o.Flags.Contains(StatusMeanings.Break)).Select(o => o.Year)
            .Where(y => !declared.Contains(y)).Distinct().Select(y => new SeriesBreak(y, string.Empty) { Flagged = true });
        var breaks = data.Indicator.Breaks.Concat(flagged).OrderBy(b => b.Year).ToList();
        return data with { Indicator = data.Indicator with { Breaks = breaks }, Series = series };
    }
}

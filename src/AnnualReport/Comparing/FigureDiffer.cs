namespace AnnualReport.Comparing;

/// <summary>The published figures, cell by cell (series × year): changed value or status, added, removed.</summary>
internal static class FigureDiffer
{
    public static void Compare(BuildSnapshot old, BuildSnapshot @new, Func<string?, string?> themeOf, ChangeCauses causes, Action<BuildChange, BuildChange?> place)
    {
        var keys = @new.Series.Keys.Concat(old.Series.Keys.Where(k => !@new.Series.ContainsKey(k)));
        foreach (var key in keys)
        {
            // Points are matched by their period's code, so a series that changed from years to
            // quarters between the builds compares "2024" with "2024Q1", not running numbers.
            var before = Coded(old.Series.GetValueOrDefault(key));
            var after = Coded(@new.Series.GetValueOrDefault(key));
            foreach (var code in before.Keys.Union(after.Keys).OrderBy(c => c, StringComparer.Ordinal))
            {
                var a = before.GetValueOrDefault(code);
                var b = after.GetValueOrDefault(code);
                if (a == b)
                {
                    continue;
                }

                var period = Model.PeriodCode.Parse(code)!;
                var kind = a is null ? ChangeKind.FigureAdded : b is null ? ChangeKind.FigureRemoved : ChangeKind.FigureChanged;
                var change = new BuildChange(kind, new ChangePlace
                {
                    Theme = themeOf(key.Indicator),
                    Indicator = key.Indicator,
                    Group = key.Group,
                    Breakdown = key.Breakdown,
                    Category = key.Category,
                    Year = period.Year,
                    Period = period.IsAnnual ? null : code,
                }, a, b);

                // The figures of a whole indicator added or removed belong under it.
                if (causes.ForIndicatorWhole(key.Indicator) is { } whole)
                {
                    place(change, whole);
                }
                else
                {
                    causes.AddFigure(key, period.Year, change);
                    place(change, null);
                }
            }
        }
    }

    /// <summary>A series' figures by their period's code ("2024", "2024Q3").</summary>
    private static Dictionary<string, FigureCell> Coded(SeriesSnapshot? series) =>
        series is null ? [] : series.Points.ToDictionary(p => Model.PeriodAxis.Code(p.Key, series.PerYear), p => p.Value, StringComparer.Ordinal);
}

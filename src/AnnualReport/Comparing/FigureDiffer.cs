namespace AnnualReport.Comparing;

/// <summary>The published figures, cell by cell (series × year): changed value or status, added, removed.</summary>
internal static class FigureDiffer
{
    public static void Compare(BuildSnapshot old, BuildSnapshot @new, Func<string?, string?> themeOf, ChangeCauses causes, Action<BuildChange, BuildChange?> place)
    {
        var keys = @new.Series.Keys.Concat(old.Series.Keys.Where(k => !@new.Series.ContainsKey(k)));
        foreach (var key in keys)
        {
            var before = old.Series.GetValueOrDefault(key)?.Points ?? new Dictionary<int, FigureCell>();
            var after = @new.Series.GetValueOrDefault(key)?.Points ?? new Dictionary<int, FigureCell>();
            var perYear = (@new.Series.GetValueOrDefault(key) ?? old.Series[key]).PerYear;
            foreach (var year in before.Keys.Union(after.Keys).Order())
            {
                var a = before.GetValueOrDefault(year);
                var b = after.GetValueOrDefault(year);
                if (a == b)
                {
                    continue;
                }

                var kind = a is null ? ChangeKind.FigureAdded : b is null ? ChangeKind.FigureRemoved : ChangeKind.FigureChanged;
                var change = new BuildChange(kind, new ChangePlace
                {
                    Theme = themeOf(key.Indicator),
                    Indicator = key.Indicator,
                    Group = key.Group,
                    Breakdown = key.Breakdown,
                    Category = key.Category,
                    Year = perYear == 1 ? year : Model.PeriodAxis.YearOf(year, perYear),
                    Period = perYear == 1 ? null : Model.PeriodAxis.Code(year, perYear),
                }, a, b);

                // The figures of a whole indicator added or removed belong under it.
                if (causes.ForIndicatorWhole(key.Indicator) is { } whole)
                {
                    place(change, whole);
                }
                else
                {
                    causes.AddFigure(key, year, change);
                    place(change, null);
                }
            }
        }
    }
}

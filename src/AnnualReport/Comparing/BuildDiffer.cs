namespace AnnualReport.Comparing;

/// <summary>
/// Compares two builds of one language: structure (themes and indicators added, removed, moved),
/// figures cell by cell, and everything derived from them (fields of analysis.json, the chart
/// data, the charts, the text of every page). A derived change is listed under the figure that
/// caused it; one without a cause of its own is reported on its own.
/// </summary>
public static class BuildDiffer
{
    /// <summary>Every change from <paramref name="old"/> to <paramref name="new"/>, grouped by theme and indicator in the newer build's order.</summary>
    public static BuildComparison Compare(BuildSnapshot old, BuildSnapshot @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        string? ThemeOf(string? indicator) => indicator is null ? null
            : (@new.Indicators.FirstOrDefault(i => i.Id == indicator) ?? old.Indicators.FirstOrDefault(i => i.Id == indicator))?.Theme;

        var causes = new ChangeCauses(id => ThemeOf(id));
        var top = new List<BuildChange>();
        void Place(BuildChange change, BuildChange? cause)
        {
            if (cause is null)
            {
                top.Add(change);
            }
            else
            {
                causes.Attach(cause, change);
            }
        }

        StructureDiffer.Compare(old, @new, causes, top);
        FigureDiffer.Compare(old, @new, ThemeOf, causes, Place);
        DerivedDiffer.Compare(old, @new, ThemeOf, causes, Place);
        PageDiffer.Compare(old, @new, ThemeOf, causes, Place);

        var themes = @new.Themes.Concat(old.Themes.Where(t => @new.Themes.All(n => n.Id != t.Id))).Select(t => t.Id).ToList();
        var indicators = @new.Indicators.Concat(old.Indicators.Where(i => @new.Indicators.All(n => n.Id != i.Id))).Select(i => i.Id).ToList();
        int Position(List<string> order, string? id) => id is null ? -1 : order.IndexOf(id) is var i and >= 0 ? i : order.Count;
        var ordered = top
            .Select((change, index) => (change, index))
            .OrderBy(c => Position(themes, c.change.Where.Theme))
            .ThenBy(c => Position(indicators, c.change.Where.Indicator))
            .ThenBy(c => ChangeKind.All.ToList().IndexOf(c.change.Kind))
            .ThenBy(c => c.index)
            .Select(c => causes.WithDerived(c.change))
            .ToList();
        return new BuildComparison(old, @new, ordered);
    }
}

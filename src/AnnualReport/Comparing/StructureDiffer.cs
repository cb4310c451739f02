namespace AnnualReport.Comparing;

/// <summary>Themes and indicators added, removed or moved (to another theme, or to another place in their theme).</summary>
internal static class StructureDiffer
{
    public static void Compare(BuildSnapshot old, BuildSnapshot @new, ChangeCauses causes, List<BuildChange> top)
    {
        foreach (var theme in old.Themes.Where(t => @new.Themes.All(n => n.Id != t.Id)))
        {
            var change = new BuildChange(ChangeKind.ThemeRemoved, new ChangePlace { Theme = theme.Id, Page = theme.Id + ".html" }, theme.Title, null);
            causes.AddTheme(theme.Id, change);
            top.Add(change);
        }

        foreach (var theme in @new.Themes.Where(t => old.Themes.All(o => o.Id != t.Id)))
        {
            var change = new BuildChange(ChangeKind.ThemeAdded, new ChangePlace { Theme = theme.Id, Page = theme.Id + ".html" }, null, theme.Title);
            causes.AddTheme(theme.Id, change);
            top.Add(change);
        }

        var commonThemes = (IReadOnlyList<ThemePlace> themes) => themes.Where(t => old.Themes.Any(o => o.Id == t.Id) && @new.Themes.Any(n => n.Id == t.Id)).Select(t => t.Id).ToList();
        foreach (var (_, moved) in TextDiffer.Align(commonThemes(old.Themes), commonThemes(@new.Themes), id => id))
        {
            if (moved is not null)
            {
                top.Add(new BuildChange(ChangeKind.ThemeMoved, new ChangePlace { Theme = moved, Page = moved + ".html" }, Position(old.Themes.First(t => t.Id == moved).Position), Position(@new.Themes.First(t => t.Id == moved).Position)));
            }
        }

        foreach (var indicator in old.Indicators.Where(i => @new.Indicators.All(n => n.Id != i.Id)))
        {
            var change = new BuildChange(ChangeKind.IndicatorRemoved, new ChangePlace { Theme = indicator.Theme, Indicator = indicator.Id }, indicator.Title, null);
            causes.AddIndicator(indicator.Id, change);
            top.Add(change);
        }

        foreach (var indicator in @new.Indicators.Where(i => old.Indicators.All(o => o.Id != i.Id)))
        {
            var change = new BuildChange(ChangeKind.IndicatorAdded, new ChangePlace { Theme = indicator.Theme, Indicator = indicator.Id }, null, indicator.Title);
            causes.AddIndicator(indicator.Id, change);
            top.Add(change);
        }

        foreach (var indicator in @new.Indicators)
        {
            if (old.Indicators.FirstOrDefault(o => o.Id == indicator.Id) is { } before && before.Theme != indicator.Theme)
            {
                var change = new BuildChange(ChangeKind.IndicatorMoved, new ChangePlace { Theme = indicator.Theme, Indicator = indicator.Id, Field = "theme" }, before.Theme, indicator.Theme);
                causes.AddMove(indicator.Id, change);
                top.Add(change);
            }
        }

        // Within a theme, only the indicators out of the longest common order moved: one inserted
        // indicator does not make every one after it "moved".
        foreach (var theme in @new.Themes.Select(t => t.Id))
        {
            List<string> Stayed(BuildSnapshot build) => [.. build.Indicators.Where(i => i.Theme == theme && old.Indicators.Any(o => o.Id == i.Id && o.Theme == theme) && @new.Indicators.Any(n => n.Id == i.Id && n.Theme == theme)).Select(i => i.Id)];
            foreach (var (_, moved) in TextDiffer.Align(Stayed(old), Stayed(@new), id => id))
            {
                if (moved is not null)
                {
                    top.Add(new BuildChange(ChangeKind.IndicatorMoved, new ChangePlace { Theme = theme, Indicator = moved, Field = "position" }, Position(old.Indicators.First(i => i.Id == moved).Position), Position(@new.Indicators.First(i => i.Id == moved).Position)));
                }
            }
        }
    }

    // Positions are counted from 1, as a reader counts them.
    private static string Position(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

namespace AnnualReport.Comparing;

/// <summary>
/// The text of every page, block by block, with the changed words of each. A change in a
/// generated block, or one in which only numbers changed, is the figures' doing and is listed
/// under the figure that changed; a change in the words of curated text, a heading, a source or a
/// note is a change of its own.
/// </summary>
internal static class PageDiffer
{
    public static void Compare(BuildSnapshot old, BuildSnapshot @new, Func<string?, string?> themeOf, ChangeCauses causes, Action<BuildChange, BuildChange?> place)
    {
        // Curated text whose words changed as a generated text's did (a direction helper's "bedre"
        // turning "uendret") is the figures' doing too; decided once every generated change is placed.
        var pending = new List<(BuildChange Change, BuildChange Cause)>();
        var pages = @new.Blocks.Select(b => b.Page).Concat(old.Blocks.Select(b => b.Page)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var page in pages)
        {
            var before = old.Blocks.Where(b => b.Page == page).ToList();
            var after = @new.Blocks.Where(b => b.Page == page).ToList();
            var pageTheme = DerivedDiffer.PageTheme(@new, old, page);
            foreach (var (a, b) in TextDiffer.Align(before, after, block => block.Text))
            {
                var block = (b ?? a)!;
                var words = a is not null && b is not null ? TextDiffer.Words(a.Text, b.Text) : [];
                var kind = a is null ? ChangeKind.TextAdded
                    : b is null ? ChangeKind.TextRemoved
                    : block.Origin switch
                    {
                        TextOrigin.Source => ChangeKind.SourceChanged,
                        TextOrigin.Note => ChangeKind.NoteChanged,
                        _ => ChangeKind.TextChanged,
                    };
                var theme = themeOf(block.Indicator) ?? pageTheme;
                var change = new BuildChange(kind, new ChangePlace
                {
                    Theme = theme,
                    Indicator = themeOf(block.Indicator) is null ? null : block.Indicator,
                    Page = page,
                    Heading = block.Heading,
                    Ref = block.Ref,
                    Text = block.Origin.ToString().ToLowerInvariant(),
                }, a?.Text, b?.Text)
                { Words = words };
                var cause = Cause(block, words, a is null || b is null, theme, causes);
                if (cause is null && block.Origin == TextOrigin.Curated && words.Count > 0 && (causes.ForIndicator(block.Indicator) ?? causes.ForTheme(theme)) is { } near)
                {
                    pending.Add((change, near));
                }
                else
                {
                    place(change, cause);
                }
            }
        }

        foreach (var (change, near) in pending)
        {
            place(change, causes.SameWordsUnder(near, change.Words) ? near : null);
        }
    }

    private static BuildChange? Cause(TextBlockSnapshot block, IReadOnlyList<WordChange> words, bool addedOrRemoved, string? theme, ChangeCauses causes)
    {
        // A whole indicator or theme added or removed takes its text with it.
        if (causes.ForIndicatorWhole(block.Indicator) is { } whole)
        {
            return whole;
        }

        if (addedOrRemoved)
        {
            // An indicator moved to another theme leaves one page and arrives on another, text and all.
            if (causes.ForMove(block.Indicator) is { } move)
            {
                return move;
            }

            if (block.Origin != TextOrigin.Generated)
            {
                return null;
            }
        }

        var numbersOnly = words.Count > 0 && words.All(w => NumbersOnly(w.Old) && NumbersOnly(w.New));
        var generated = block.Origin == TextOrigin.Generated && !block.IsHeading;
        if (!numbersOnly && !generated)
        {
            return null;
        }

        var near = causes.ForIndicator(block.Indicator) ?? causes.ForTheme(theme);
        return near ?? (numbersOnly ? causes.Any() : null);
    }

    // "68,2", "−0,7", "+5,1", "2023", "11,6*", "(2015)": a figure, a year or a sign; no words.
    private static bool NumbersOnly(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Any(char.IsDigit) || !w.Any(char.IsLetter));
}

using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>
/// Chooses the key findings ("Hovedfunn") at the front of the publication and the short summary
/// ("Kort oppsummert") of each theme, by rules the method page states with these settings:
/// <list type="number">
/// <item>Each main indicator offers at most one finding, about its headline series (as the theme
/// summaries use), the first of: its policy goal reached; its goal out of reach (the trend does not
/// reach it by the goal's year); a clear improvement or deterioration (the direction rule); the gap
/// to the reference group narrowed or widened (the gap rule); a series break in the last
/// <see cref="RecentBreakYears"/> years.</item>
/// <item>Improvements and deteriorations are ranked by the size of the long change relative to the
/// level it started from, gaps by the size of the gap's change relative to the gap it started from.</item>
/// <item>The findings are taken in rounds, one of each kind per round (goals, improvements,
/// deteriorations, narrowed gaps, widened gaps, breaks), the largest first, until there are
/// <see cref="MaxFindings"/>; with fewer than <see cref="MinFindings"/>, main indicators without a
/// finding follow with their latest figure, in catalogue order.</item>
/// <item>Editors pin indicators (always shown, before the others, with their finding or latest
/// figure) and drop them (never shown); they may reword any finding.</item>
/// <item>Each theme's summary takes up to <see cref="PerTheme"/> of its own findings the same way.</item>
/// </list>
/// Findings are shown in catalogue order, pinned ones first.
/// </summary>
public static class KeyFindings
{
    public const int MaxFindings = 8;
    public const int MinFindings = 6;
    public const int PerTheme = 3;
    public const int RecentBreakYears = 2;

    private static readonly string[] Rounds = [FindingKinds.GoalReached, FindingKinds.GoalOutOfReach, FindingKinds.Improved, FindingKinds.Worsened, FindingKinds.GapNarrowed, FindingKinds.GapWidened, FindingKinds.Break];

    /// <summary>The findings at the front of the publication.</summary>
    public static IReadOnlyList<KeyFinding> Select(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results, FindingChoices choices) =>
        Choose(catalogue, results, choices, _ => true, MaxFindings, MinFindings);

    /// <summary>The findings of one theme, for its short summary.</summary>
    public static IReadOnlyList<KeyFinding> ForTheme(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results, FindingChoices choices, string theme) =>
        Choose(catalogue, results, choices, r => r.Indicator.ThemeId == theme, PerTheme, 0);

    /// <summary>Every main indicator's own finding, if it has one.</summary>
    public static IReadOnlyList<KeyFinding> Candidates(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results) =>
        [.. results.Where(r => r.Indicator.Level == IndicatorLevel.Main).Select(r => Candidate(catalogue, r)).OfType<KeyFinding>()];

    private static IReadOnlyList<KeyFinding> Choose(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results, FindingChoices choices, Func<IndicatorResult, bool> within, int max, int min)
    {
        var order = results.Select((r, i) => (r.Indicator.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var eligible = results.Where(within).Where(r => !choices.Drop.Contains(r.Indicator.Id)).ToList();
        var pinned = choices.Pin
            .Select(id => eligible.FirstOrDefault(r => r.Indicator.Id == id))
            .OfType<IndicatorResult>()
            .Select(r => (Candidate(catalogue, r) ?? Latest(catalogue, r)) is { } f ? f with { Pinned = true } : null)
            .OfType<KeyFinding>()
            .Take(max)
            .ToList();

        var taken = new HashSet<string>(pinned.Select(f => f.Indicator), StringComparer.Ordinal);
        var chosen = new List<KeyFinding>();
        var queues = Rounds.ToDictionary(
            kind => kind,
            kind => new Queue<KeyFinding>(eligible
                .Where(r => r.Indicator.Level == IndicatorLevel.Main && !taken.Contains(r.Indicator.Id))
                .Select(r => Candidate(catalogue, r))
                .OfType<KeyFinding>()
                .Where(f => f.Kind == kind)
                .OrderByDescending(f => f.Score)
                .ThenBy(f => order[f.Indicator])));
        while (pinned.Count + chosen.Count < max && queues.Values.Any(q => q.Count > 0))
        {
            foreach (var kind in Rounds)
            {
                if (pinned.Count + chosen.Count < max && queues[kind].TryDequeue(out var finding))
                {
                    chosen.Add(finding);
                }
            }
        }

        // Too few findings by the rules: the latest figures of the other main indicators.
        taken.UnionWith(chosen.Select(f => f.Indicator));
        foreach (var result in eligible.Where(r => r.Indicator.Level == IndicatorLevel.Main && !taken.Contains(r.Indicator.Id)))
        {
            if (pinned.Count + chosen.Count >= min)
            {
                break;
            }

            if (Latest(catalogue, result) is { } latest)
            {
                chosen.Add(latest);
            }
        }

        return [.. pinned, .. chosen.OrderBy(f => order[f.Indicator])];
    }

    /// <summary>An indicator's own finding by the rules, or null when none applies.</summary>
    public static KeyFinding? Candidate(IndicatorCatalogue catalogue, IndicatorResult result)
    {
        var indicator = result.Indicator;
        if (result.Series.FirstOrDefault(s => s.Goal is not null && s.Latest is not null) is { Goal: { } goal } goalSeries)
        {
            if (goal.Reached)
            {
                return new KeyFinding(FindingKinds.GoalReached, indicator.Id, indicator.ThemeId, goalSeries, 0);
            }

            if (goal.OnTrack == false)
            {
                return new KeyFinding(FindingKinds.GoalOutOfReach, indicator.Id, indicator.ThemeId, goalSeries, 0);
            }
        }

        if (ThemeSummariser.Headline(catalogue, result) is not { Latest.Value: { } latest } headline)
        {
            return null;
        }

        var change = LongChange(indicator, headline);
        if (headline.Direction is Direction.Improving or Direction.Worsening && change is { } c)
        {
            return new KeyFinding(headline.Direction == Direction.Improving ? FindingKinds.Improved : FindingKinds.Worsened, indicator.Id, indicator.ThemeId, headline, Relative(c, latest - c));
        }

        if (indicator.Polarity != Polarity.Neutral && headline.Gap is { } gap && GapRule.Change(headline) is { } gapChange)
        {
            var trend = GapRule.Judge(headline, indicator);
            if (trend is GapTrend.Narrowed or GapTrend.Widened)
            {
                return new KeyFinding(trend == GapTrend.Narrowed ? FindingKinds.GapNarrowed : FindingKinds.GapWidened, indicator.Id, indicator.ThemeId, headline, Relative(gapChange, gap - gapChange));
            }
        }

        var latestYear = headline.Latest.Year;
        return indicator.Breaks.Where(b => b.Year > latestYear - indicator.PeriodsIn(RecentBreakYears) && b.Year <= latestYear).OrderByDescending(b => b.Year).FirstOrDefault() is { } recent
            ? new KeyFinding(FindingKinds.Break, indicator.Id, indicator.ThemeId, headline, 0, BreakYear: recent.Year)
            : null;
    }

    private static KeyFinding? Latest(IndicatorCatalogue catalogue, IndicatorResult result) =>
        ThemeSummariser.Headline(catalogue, result) is { Latest.Value: not null } headline
            ? new KeyFinding(FindingKinds.Latest, result.Indicator.Id, result.Indicator.ThemeId, headline, 0)
            : null;

    /// <summary>The long change the pages show: since the baseline year, else over ten years, else since a series break.</summary>
    public static double? LongChange(Indicator indicator, SeriesResult s) =>
        indicator.Analysis.Baseline is not null ? s.ChangeBaseline : s.Change10 ?? s.SinceBreak?.Change;

    // A change relative to where it started; from zero, the change itself counts.
    private static double Relative(double change, double from) => Math.Abs(from) < 1e-9 ? Math.Abs(change) : Math.Abs(change / from);
}

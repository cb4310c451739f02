namespace AnnualReport.Analysis;

/// <summary>
/// One key finding: what the rule found (<see cref="FindingKinds"/>) for which indicator and series,
/// how large it is for ranking (<see cref="Score"/>, unit-free), and whether the editors pinned it.
/// </summary>
/// <param name="Series">The series the finding is about: the indicator's headline series, or the one with the policy goal.</param>
/// <param name="Score">The relative size of the change or of the gap's change (see <see cref="KeyFindings"/>); 0 for goals, breaks and figures shown because they were pinned.</param>
/// <param name="BreakYear">For a series break: the first year after it.</param>
public sealed record KeyFinding(string Kind, string Indicator, string Theme, SeriesResult Series, double Score, bool Pinned = false, int? BreakYear = null);

/// <summary>The kinds of key finding, in the order an indicator's own finding is chosen among them; the names are analysis.json's and the phrase book's.</summary>
public static class FindingKinds
{
    public const string GoalReached = "goal-reached";
    public const string GoalOutOfReach = "goal-out-of-reach";
    public const string Improved = "improved";
    public const string Worsened = "worsened";
    public const string GapNarrowed = "gap-narrowed";
    public const string GapWidened = "gap-widened";
    public const string Break = "break";
    public const string Latest = "latest";

    public static IReadOnlyList<string> All { get; } = [GoalReached, GoalOutOfReach, Improved, Worsened, GapNarrowed, GapWidened, Break, Latest];
}

using AnnualReport.Model;

namespace AnnualReport.Tests.Support;

/// <summary>Indicators and series built in code for analysis tests.</summary>
internal static class TestIndicators
{
    public static readonly SourceSpan Nowhere = SourceSpan.ForFile("test");

    public static Indicator Percent(
        Polarity polarity = Polarity.HigherIsBetter,
        int interval = 1,
        IReadOnlyList<int>? breaks = null,
        AnalysisSettings? analysis = null,
        PolicyGoal? goal = null) =>
        new(
            "x", "theme", IndicatorLevel.Main, "X", "Definition", Unit.Percent, 1, polarity, null, null,
            new SourceReference("Test", null, null),
            new DataSource("x.csv", null, "group", new Dictionary<string, string>(), "alle", new Dictionary<string, string>(), new Dictionary<string, string>(), Nowhere),
            ["imm", "rest"], null, [], null,
            (breaks ?? []).Select(y => new SeriesBreak(y, "new source")).ToList(),
            goal, interval, analysis ?? AnalysisSettings.Default, true, Provenance.Published, Nowhere);

    public static Series Series(string group, IEnumerable<(int Year, double? Value)> points) =>
        new("x", group, null, null, points.Select(p => new Observation(p.Year, group, p.Value, p.Value is null ? ".." : null, Provenance.Published, Nowhere)).ToList());
}

using AnnualReport.Analysis;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Analysis;

/// <summary>The rules that choose the key findings and each theme's short summary, on the sample edition and on altered copies of its results.</summary>
public sealed class KeyFindingsTests
{
    private static IndicatorCatalogue Catalogue => SampleEdition.Catalogue;

    private static IReadOnlyList<IndicatorResult> Results => SampleEdition.Analysis.Indicators;

    private static int Order(string indicator) => Results.ToList().FindIndex(r => r.Indicator.Id == indicator);

    [Fact]
    public void The_sample_gets_between_six_and_eight_findings_one_per_main_indicator_in_catalogue_order()
    {
        var findings = KeyFindings.Select(Catalogue, Results, FindingChoices.None);

        Assert.InRange(findings.Count, KeyFindings.MinFindings, KeyFindings.MaxFindings);
        Assert.Equal(findings.Count, findings.Select(f => f.Indicator).Distinct().Count());
        Assert.All(findings, f => Assert.Equal(IndicatorLevel.Main, Results.First(r => r.Indicator.Id == f.Indicator).Indicator.Level));
        Assert.Equal(findings.Select(f => Order(f.Indicator)).Order(), findings.Select(f => Order(f.Indicator)));
    }

    [Fact]
    public void Each_finding_is_what_its_rule_says()
    {
        foreach (var finding in KeyFindings.Select(Catalogue, Results, FindingChoices.None))
        {
            var indicator = Results.First(r => r.Indicator.Id == finding.Indicator).Indicator;
            switch (finding.Kind)
            {
                case FindingKinds.Improved:
                    Assert.Equal(Direction.Improving, finding.Series.Direction);
                    break;
                case FindingKinds.Worsened:
                    Assert.Equal(Direction.Worsening, finding.Series.Direction);
                    break;
                case FindingKinds.GapNarrowed:
                    Assert.Equal(GapTrend.Narrowed, GapRule.Judge(finding.Series, indicator));
                    break;
                case FindingKinds.GapWidened:
                    Assert.Equal(GapTrend.Widened, GapRule.Judge(finding.Series, indicator));
                    break;
                case FindingKinds.Latest:
                    // Only to reach the minimum, and only where no rule found anything.
                    Assert.Null(KeyFindings.Candidate(Catalogue, Results.First(r => r.Indicator.Id == finding.Indicator)));
                    break;
            }
        }

        Assert.Contains(KeyFindings.Select(Catalogue, Results, FindingChoices.None), f => f.Kind == FindingKinds.Improved);
    }

    [Fact]
    public void With_more_candidates_than_room_the_largest_are_taken_in_rounds_of_each_kind()
    {
        // Every main indicator made a clear improvement or deterioration, alternately, each of another size.
        var (flip, size) = (false, 0.0);
        var results = Results.Select(r => r.Indicator.Level != IndicatorLevel.Main ? r : r with
        {
            Series = [.. r.Series.Select(s => s with { Direction = (flip = !flip) ? Direction.Improving : Direction.Worsening, Change10 = s.Latest?.Value is { } v ? v * (size += 0.01) : null, Goal = null })],
        }).ToList();
        var candidates = KeyFindings.Candidates(Catalogue, results);
        Assert.True(candidates.Count > KeyFindings.MaxFindings, $"only {candidates.Count} candidates");

        var findings = KeyFindings.Select(Catalogue, results, FindingChoices.None);

        Assert.Equal(KeyFindings.MaxFindings, findings.Count);
        foreach (var kind in new[] { FindingKinds.Improved, FindingKinds.Worsened })
        {
            var chosen = findings.Where(f => f.Kind == kind).ToList();
            var left = candidates.Where(c => c.Kind == kind && chosen.All(f => f.Indicator != c.Indicator)).ToList();
            Assert.NotEmpty(chosen);
            Assert.All(left, l => Assert.True(l.Score <= chosen.Min(f => f.Score), $"{l.Indicator} ({l.Score}) was passed over for a smaller {kind}"));
        }

        // Rounds: a kind takes more than one place more than the other only when the other has no candidate left.
        int Count(string kind) => findings.Count(f => f.Kind == kind);
        var (improved, worsened) = (Count(FindingKinds.Improved), Count(FindingKinds.Worsened));
        var fewer = improved < worsened ? FindingKinds.Improved : FindingKinds.Worsened;
        Assert.True(Math.Abs(improved - worsened) <= 1 || candidates.Count(c => c.Kind == fewer) == Math.Min(improved, worsened), $"{improved} improvements and {worsened} deteriorations");
    }

    [Fact]
    public void A_goal_reached_is_the_indicators_finding_before_its_direction()
    {
        var target = Results.First(r => r.Indicator.Level == IndicatorLevel.Main && KeyFindings.Candidate(Catalogue, r)?.Kind == FindingKinds.Improved);
        var results = Results.Select(r => r.Indicator.Id != target.Indicator.Id ? r : r with
        {
            Series = [.. r.Series.Select((s, i) => i == 0 ? s with { Goal = new GoalResult(1, 2030, 0, true, null, null) } : s)],
        }).ToList();

        var finding = KeyFindings.Candidate(Catalogue, results.First(r => r.Indicator.Id == target.Indicator.Id));

        Assert.Equal(FindingKinds.GoalReached, finding!.Kind);
        Assert.Contains(KeyFindings.Select(Catalogue, results, FindingChoices.None), f => f.Indicator == target.Indicator.Id && f.Kind == FindingKinds.GoalReached);
    }

    [Fact]
    public void Pinned_findings_come_first_and_dropped_ones_never()
    {
        var chosen = KeyFindings.Select(Catalogue, Results, FindingChoices.None);
        var dropped = chosen[0].Indicator;
        var pinned = Results.Last(r => r.Indicator.Level == IndicatorLevel.Main && chosen.All(f => f.Indicator != r.Indicator.Id) && r.Series.Any(s => s.Latest is not null)).Indicator.Id;

        var findings = KeyFindings.Select(Catalogue, Results, new FindingChoices([pinned], [dropped]));

        Assert.Equal(pinned, findings[0].Indicator);
        Assert.True(findings[0].Pinned);
        Assert.DoesNotContain(findings, f => f.Indicator == dropped);
        Assert.All(findings.Skip(1), f => Assert.False(f.Pinned));
        Assert.InRange(findings.Count, KeyFindings.MinFindings, KeyFindings.MaxFindings);
    }

    [Fact]
    public void A_themes_summary_has_at_most_three_of_its_own_findings()
    {
        foreach (var theme in Catalogue.Themes)
        {
            var findings = KeyFindings.ForTheme(Catalogue, Results, FindingChoices.None, theme.Id);

            Assert.InRange(findings.Count, 0, KeyFindings.PerTheme);
            Assert.All(findings, f => Assert.Equal(theme.Id, f.Theme));
            Assert.DoesNotContain(findings, f => f.Kind == FindingKinds.Latest);
        }
    }

    [Fact]
    public void A_recent_series_break_is_a_finding_when_nothing_else_is()
    {
        var target = Results.First(r => r.Indicator.Level == IndicatorLevel.Main && r.Indicator.Polarity == Polarity.Neutral && KeyFindings.Candidate(Catalogue, r) is null && r.Series.Any(s => s.Latest is not null));
        var latest = ThemeSummariser.Headline(Catalogue, target)!.Latest!.Year;
        var broken = target with { Data = target.Data with { Indicator = target.Indicator with { Breaks = [new SeriesBreak(latest, "ny kilde")] } } };

        var finding = KeyFindings.Candidate(Catalogue, broken);

        Assert.Equal((FindingKinds.Break, latest), (finding!.Kind, finding.BreakYear!.Value));
        var old = target with { Data = target.Data with { Indicator = target.Indicator with { Breaks = [new SeriesBreak(latest - KeyFindings.RecentBreakYears, "gammel")] } } };
        Assert.Null(KeyFindings.Candidate(Catalogue, old));
    }
}

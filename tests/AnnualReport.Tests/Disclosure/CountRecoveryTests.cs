using System.Collections.Concurrent;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// An attacker who knows only one published figure: a rate with its 95 % limits, from any
/// municipal file (kommunetall.xlsx, the statistics bank, the fact sheets), and no denominator.
/// It enumerates every (n, d) with d ≤ 20 000 that the rounded rate and the rounded Wilson limits
/// allow; a figure gives its count away when all of them share one n (or one d). Counts that are
/// published on purpose are left out: the population indicator (shown as "N personer") and count
/// indicators.
/// </summary>
[Trait("Tier", "Full")]
public sealed class CountRecoveryTests(MunicipalPublicationFixture fixture) : IClassFixture<MunicipalPublicationFixture>
{
    private const int Listed = 25;

    [Fact]
    public void No_published_rate_and_interval_give_away_their_count()
    {
        var recovered = new ConcurrentBag<(string Source, string Text)>();
        var figures = Figures().ToList();
        Parallel.ForEach(figures, figure =>
        {
            var (cell, scale) = figure;
            var candidates = CountEnumerator.Enumerate(cell.Value!.Value, cell.Lower, cell.Upper, scale);
            if (candidates.Recovered)
            {
                recovered.Add((cell.Source, $"{cell} ({Figure(cell)}): {candidates}; truth {Truth(cell)}"));
            }
        });

        Assert.True(recovered.IsEmpty,
            $"{recovered.Count} of {figures.Count} published figures give their count away ({PublishedFile.Summary(recovered.Select(r => r.Source))}):\n"
            + string.Join("\n", recovered
                .GroupBy(r => PublishedFile.KindOf(r.Source))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.Select(r => r.Text).Order(StringComparer.Ordinal).Take(Listed / 2))));
    }

    [Fact]
    public void The_enumeration_finds_the_true_count_of_every_small_published_figure()
    {
        var checkedFigures = 0;
        var missed = new List<string>();
        foreach (var (cell, scale) in Figures())
        {
            var truth = fixture.Tables[(cell.Indicator, cell.Group, cell.Year)].Combination(cell.Level, cell.Region);
            if (truth.IsEmpty || truth.Denominator is < 1 or > CountEnumerator.MaxDenominator
                || truth.Denominator != Math.Floor(truth.Denominator) || truth.TrueNumerator != Math.Floor(truth.TrueNumerator))
            {
                continue;
            }

            checkedFigures++;
            if (!CountEnumerator.Matches((int)truth.TrueNumerator, (int)truth.Denominator, cell.Value!.Value, cell.Lower, cell.Upper, scale))
            {
                missed.Add($"{cell} ({Figure(cell)}): truth {truth.TrueNumerator}/{truth.Denominator} is not a candidate");
            }
        }

        Assert.True(checkedFigures > 0, "no published figure to check the enumeration with");
        Assert.True(missed.Count == 0, $"{missed.Count} of {checkedFigures}:\n" + string.Join("\n", missed.Take(Listed)));
    }

    /// <summary>Each published rate figure once per way it is shown (the same figure in two files with the same text is one attack).</summary>
    private IEnumerable<(PublishedCell Cell, double Scale)> Figures()
    {
        var population = fixture.Catalogue.Municipal.Population;
        return fixture.Published
            .Where(c => c.Value is not null && !c.IsHidden && c.Indicator != population)
            .Where(c => fixture.Tables.ContainsKey((c.Indicator, c.Group, c.Year)))
            .DistinctBy(c => (c.Indicator, c.Group, c.Year, c.Level, c.Region, c.Value, c.Lower, c.Upper))
            .Select(c => (c, fixture.Tables[(c.Indicator, c.Group, c.Year)].Scale));
    }

    private static string Figure(PublishedCell cell) =>
        $"{cell.Value?.Value}" + (cell.Lower is { } l && cell.Upper is { } u ? $" [{l.Value}, {u.Value}]" : "");

    private string Truth(PublishedCell cell)
    {
        var truth = fixture.Tables[(cell.Indicator, cell.Group, cell.Year)].Combination(cell.Level, cell.Region);
        return truth.IsEmpty ? "unknown" : $"{truth.TrueNumerator:0.##}/{truth.Denominator:0.##}";
    }
}

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// An attacker of the national publication who reads <c>analysis.json</c> and the CSV downloads
/// and knows the population weights of every category (public). Where a group's total is
/// published and exactly one category of a breakdown is hidden (<c>:</c> or <c>..</c>) while all
/// the others are published, the hidden one follows by difference. Each file is attacked on its
/// own, as a reader who downloads only that file would.
/// </summary>
[Trait("Tier", "Full")]
public sealed class NationalDifferencingTests(NationalPublicationFixture fixture) : IClassFixture<NationalPublicationFixture>
{
    private const int Listed = 25;

    [Fact]
    public void No_breakdown_hides_exactly_one_category_beside_a_published_total()
    {
        var lone = Breakdowns()
            .Where(b => b.Cells.Count(c => c.IsHidden) == 1 && b.Cells.Count(c => c.HasValue) == b.Cells.Count - 1)
            .Select(b => $"{b.Key.Source}: {b.Key.Indicator}/{b.Key.Group}/{b.Key.Year} by {b.Key.Breakdown}: "
                + $"{b.Cells.Single(c => c.IsHidden).Category} is «{b.Cells.Single(c => c.IsHidden).Status}», {b.Cells.Count - 1} other categories and the total published")
            .ToList();

        Assert.True(lone.Count == 0, $"{lone.Count} breakdowns hide a single category that the total gives away:\n" + string.Join("\n", lone.Take(Listed)));
    }

    [Fact]
    public void The_attack_sees_hidden_categories_beside_published_totals_in_both_files()
    {
        var breakdowns = Breakdowns().ToList();

        Assert.Contains(breakdowns, b => b.Key.Source == "analysis.json" && b.Cells.Any(c => c.IsHidden));
        Assert.Contains(breakdowns, b => b.Key.Source.StartsWith("data/", StringComparison.Ordinal) && b.Cells.Any(c => c.IsHidden));
    }

    /// <summary>Every breakdown, per file, group and year, whose group total is published in the same file.</summary>
    private IEnumerable<(NationalBreakdownKey Key, List<NationalCell> Cells)> Breakdowns()
    {
        var totals = fixture.Published
            .Where(c => c.Breakdown is null && c.HasValue)
            .Select(c => (c.Source, c.Indicator, c.Group, c.Year))
            .ToHashSet();
        return fixture.Published
            .Where(c => c.Breakdown is not null && totals.Contains((c.Source, c.Indicator, c.Group, c.Year)))
            .GroupBy(c => new NationalBreakdownKey(c.Source, c.Indicator, c.Group, c.Year, c.Breakdown!))
            .Select(g => (g.Key, g.ToList()));
    }
}

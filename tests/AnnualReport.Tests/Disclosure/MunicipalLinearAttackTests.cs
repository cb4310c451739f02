namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// An attacker written independently of the disclosure control, working from the published
/// municipal files only. It knows everything published (kommunetall.xlsx, the statistics bank,
/// the fact sheets), every region's denominator from the raw files (population and the like are
/// public), and the geography (counties, comparison groups, code changes). For every hidden
/// count (<c>:</c> or <c>..</c> anywhere) it solves two linear programs over all the published
/// rounded values of that table (municipalities, counties, country, comparison groups) and
/// requires that the count stays uncertain by at least min(d, W) persons, W being the
/// catalogue's <c>disclosure.protection</c> (4 when not given).
/// </summary>
[Trait("Tier", "Full")]
public sealed class MunicipalLinearAttackTests(MunicipalPublicationFixture fixture) : IClassFixture<MunicipalPublicationFixture>
{
    private const int Listed = 40;

    private MunicipalAttack Attack => fixture.Attack;

    [Fact]
    public void No_hidden_count_can_be_confined_to_fewer_than_the_protection_width()
    {
        var width = fixture.Catalogue.Protection;
        var failures = Attack.Hidden
            .Where(h => !h.Cell.IsEmpty && !(h.Width >= Math.Min(h.Cell.Denominator, width) - 1e-6))
            .ToList();

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {Attack.Hidden.Count} hidden counts are confined to less than min(d, {width}) persons "
            + $"({string.Join(", ", failures.GroupBy(f => f.Level).Select(g => $"{g.Key} {g.Count()}"))}):\n"
            + string.Join("\n", failures.Take(Listed)));
    }

    [Fact]
    public void The_attack_checks_hidden_counts_and_recovers_published_ones()
    {
        Assert.Contains(Attack.Hidden, h => !h.Cell.IsEmpty);
        Assert.NotEmpty(Attack.PublishedMunicipalities);
        var loose = Attack.PublishedMunicipalities
            .Where(p => p.Bounds is not { } b
                || b.Low > p.Cell.TrueNumerator + 1e-6 || b.High < p.Cell.TrueNumerator - 1e-6
                || p.Width > p.Cell.Denominator / p.Table.Scale * FinestHalfUnit(p) * 2 + 2 * LinearAttacker.SlackAt(p.Cell.TrueNumerator) + 1e-6 * p.Cell.Denominator)
            .ToList();
        Assert.True(loose.Count == 0, "published counts the attack does not pin down to their rounding:\n" + string.Join("\n", loose.Take(Listed)));
    }

    [Fact]
    public void The_attackers_model_agrees_with_every_published_value_and_hidden_truth()
    {
        Assert.True(Attack.ModelErrors.Count == 0, string.Join("\n", Attack.ModelErrors.Take(Listed)));
        var unplaced = Attack.Hidden.Where(h => h.Cell.IsEmpty).ToList();
        Assert.True(unplaced.Count == 0, "hidden figures the attacker cannot place in its tables:\n" + string.Join("\n", unplaced.Take(Listed)));
        var outside = Attack.Hidden
            .Where(h => h.Bounds is not { } b || b.Low > h.Cell.TrueNumerator + 1e-6 || b.High < h.Cell.TrueNumerator - 1e-6)
            .Where(h => !h.Cell.IsEmpty)
            .ToList();
        Assert.True(outside.Count == 0, "hidden counts outside the attacker's bounds:\n" + string.Join("\n", outside.Take(Listed)));
    }

    /// <summary>The finest rounding any file shows the municipality with: the attack pins its count down to that.</summary>
    private double FinestHalfUnit(CountBounds published) => fixture.Published
        .Where(c => c.Indicator == published.Table.Indicator && c.Group == published.Table.Group && c.Year == published.Table.Year
            && c.Level == RegionLevel.Municipality && c.Region == published.Region && c.Value is not null)
        .Min(c => c.Value!.Value.HalfUnit);
}

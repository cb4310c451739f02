namespace AnnualReport.Tests.Disclosure;

/// <summary>The linear-programming attack on tables small enough to work by hand.</summary>
public sealed class LinearAttackerTests
{
    private static Combination Of(params (int Index, double Weight)[] terms) =>
        new(terms.ToDictionary(t => t.Index, t => t.Weight), 0, 0);

    [Fact]
    public void A_lone_hidden_municipality_is_the_county_minus_the_others()
    {
        // Denominators 10, 20, 30; published: municipality 1 at 50 % (10 of 20), municipality 2 at 50 % (15 of 30), county 45 % (27 of 60).
        using var attacker = new LinearAttacker([10, 20, 30]);
        attacker.Publish(Of((1, 1)) with { Denominator = 20 }, [new PublishedNumber(50, 0)], 100);
        attacker.Publish(Of((2, 1)) with { Denominator = 30 }, [new PublishedNumber(50, 0)], 100);
        attacker.Publish(Of((0, 1), (1, 1), (2, 1)) with { Denominator = 60 }, [new PublishedNumber(45, 0)], 100);

        var (low, high) = attacker.Bounds(Of((0, 1)))!.Value;

        // Rounding (and the attacker's 1e-7 slack) leaves municipality 1 in [9.9, 10.1], 2 in [14.85, 15.15], the county in [26.7, 27.3].
        Assert.Equal(26.7 - 10.1 - 15.15, low, 4);
        Assert.Equal(27.3 - 9.9 - 14.85, high, 4);
    }

    [Fact]
    public void Two_hidden_municipalities_keep_each_other_uncertain()
    {
        using var attacker = new LinearAttacker([10, 20, 30]);
        attacker.Publish(Of((2, 1)) with { Denominator = 30 }, [new PublishedNumber(50, 0)], 100);
        attacker.Publish(Of((0, 1), (1, 1), (2, 1)) with { Denominator = 60 }, [new PublishedNumber(45, 0)], 100);

        var (low, high) = attacker.Bounds(Of((0, 1)))!.Value;

        Assert.Equal(0, low, 6);
        Assert.Equal(10, high, 6);
    }
}

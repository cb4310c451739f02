namespace AnnualReport.Tests.Disclosure;

/// <summary>The count enumerator on figures worked by hand: it must find a count that precise figures give away, and not invent one.</summary>
public sealed class CountEnumeratorTests
{
    [Fact]
    public void Four_decimals_give_away_the_count()
    {
        // 37 of 42 = 88.0952 %, Wilson 74.9996–94.8062 (a municipality of the sample, as kommunetall.xlsx shows it today).
        var candidates = CountEnumerator.Enumerate(new PublishedNumber(88.0952, 4), new PublishedNumber(74.9996, 4), new PublishedNumber(94.8062, 4), 100);

        Assert.True(candidates.Recovered);
        Assert.Equal([(37, 42)], candidates.Examples);
    }

    [Fact]
    public void Whole_numbers_with_limits_rounded_outwards_leave_several_counts()
    {
        // The same figure as a whole percentage with limits rounded down and up to whole percentage points.
        var candidates = CountEnumerator.Enumerate(new PublishedNumber(88, 0), new PublishedNumber(74, 0), new PublishedNumber(95, 0), 100);

        Assert.False(candidates.Recovered);
        Assert.True(CountEnumerator.Matches(37, 42, new PublishedNumber(88, 0), new PublishedNumber(74, 0), new PublishedNumber(95, 0), 100));
    }

    [Fact]
    public void One_decimal_can_give_away_a_small_count_even_with_whole_unit_limits()
    {
        // 88.1 % pins n/d to a few fractions; of those with d ≤ 20 000 only 37/42 has a Wilson interval in 74–95.
        var candidates = CountEnumerator.Enumerate(new PublishedNumber(88.1, 1), new PublishedNumber(74, 0), new PublishedNumber(95, 0), 100);

        Assert.True(candidates.Recovered);
        Assert.Equal([(37, 42)], candidates.Examples);
    }

    [Fact]
    public void Limits_that_no_pair_can_have_leave_no_candidate()
    {
        var candidates = CountEnumerator.Enumerate(new PublishedNumber(50, 0), new PublishedNumber(10, 0), new PublishedNumber(11, 0), 100);

        Assert.Equal(0, candidates.Found);
        Assert.False(candidates.Recovered);
    }
}

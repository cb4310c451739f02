using System.Globalization;
using AnnualReport.Analysis;

namespace AnnualReport.Tests.Analysis;

public sealed class WilsonIntervalTests
{
    public static TheoryData<int, int, double, double> Newcombe()
    {
        var data = new TheoryData<int, int, double, double>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "newcombe-1998-wilson.csv"))
            .Where(l => !l.StartsWith('#')).Skip(1);
        foreach (var fields in lines.Select(l => l.Split(',')))
        {
            data.Add(int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture), double.Parse(fields[3], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Newcombe))]
    public void Interval_matches_the_published_examples(int numerator, int denominator, double low, double high)
    {
        var interval = WilsonInterval.Of(numerator, denominator)!.Value;

        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void A_zero_denominator_has_no_interval()
    {
        Assert.Null(WilsonInterval.Of(0, 0));
        Assert.Null(WilsonInterval.Of(5, 3));
    }

    [Fact]
    public void The_interval_stays_within_zero_and_one()
    {
        var all = WilsonInterval.Of(20, 20)!.Value;

        Assert.Equal(1, all.High, 10);
        Assert.True(all.Low is > 0.8 and < 1);
    }
}

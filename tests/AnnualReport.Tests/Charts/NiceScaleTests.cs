using AnnualReport.Charts;

namespace AnnualReport.Tests.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(65.0, 79.8, true, 0, 80, 20)]
    [InlineData(65.0, 79.8, false, 65, 80, 5)]
    [InlineData(9.9, 11.3, true, 0, 12.5, 2.5)]
    [InlineData(-3.2, 4.1, false, -4, 6, 2)]
    [InlineData(1234, 98765, true, 0, 100000, 20000)]
    public void Domain_is_widened_to_round_steps(double min, double max, bool zeroBased, double expectedMin, double expectedMax, double expectedStep)
    {
        var scale = NiceScale.For(min, max, zeroBased);

        Assert.Equal(expectedMin, scale.Min, 9);
        Assert.Equal(expectedMax, scale.Max, 9);
        Assert.Equal(expectedStep, scale.Step, 9);
    }

    [Fact]
    public void A_flat_series_still_gets_an_axis_around_its_value()
    {
        var scale = NiceScale.For(50, 50, zeroBased: false);

        Assert.True(scale.Min < 50 && scale.Max > 50);
    }

    [Fact]
    public void Tick_decimals_are_the_fewest_that_write_every_tick_exactly()
    {
        Assert.Equal(0, NiceScale.For(0, 80, true).TickDecimals());
        Assert.Equal(1, new NiceScale(0, 12.5, 2.5).TickDecimals());
    }
}

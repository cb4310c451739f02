using System.Globalization;
using AnnualReport.Model;

namespace AnnualReport.Tests.Model;

public sealed class NumberTextTests
{
    private readonly NumberText _numbers = new(CultureInfo.GetCultureInfo("nb-NO"));

    [Theory]
    [InlineData(68.2, 1, "68,2")]
    [InlineData(68.25, 0, "68")]
    [InlineData(72.25, 1, "72,3")]
    [InlineData(0.5, 0, "1")]
    [InlineData(12345.6, 1, "12\u00a0345,6")]
    [InlineData(-0.7, 1, "\u22120,7")]
    public void Values_use_decimal_comma_and_space_between_thousands(double value, int decimals, string expected)
    {
        Assert.Equal(expected, _numbers.Value(value, decimals));
    }

    [Fact]
    public void A_missing_value_shows_its_status_symbol()
    {
        Assert.Equal(":", _numbers.Value(null, ":", 1));
        Assert.Equal("..", _numbers.Value(null, null, 1));
    }

    [Theory]
    [InlineData(0.7, "+0,7")]
    [InlineData(-0.7000000000000028, "\u22120,7")]
    [InlineData(0.04, "0,0")]
    [InlineData(-0.04, "0,0")]
    [InlineData(null, "–")]
    public void Changes_always_carry_their_sign(double? change, string expected)
    {
        Assert.Equal(expected, _numbers.Change(change, 1));
    }
}

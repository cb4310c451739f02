using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Localization;

/// <summary>Numbers, units, dates and lists in each language's culture, rounded as statistics offices round.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("nb", 68.2, 1, "68,2")]
    [InlineData("nb", 68.25, 0, "68")]
    [InlineData("nb", 72.25, 1, "72,3")]
    [InlineData("nb", 0.5, 0, "1")]
    [InlineData("nb", 12345.6, 1, "12\u00a0345,6")]
    [InlineData("nb", -0.7, 1, "\u22120,7")]
    [InlineData("nn", 2772928, 0, "2\u00a0772\u00a0928")]
    [InlineData("en", 2772928, 0, "2,772,928")]
    [InlineData("en", 65.75, 1, "65.8")]
    [InlineData("en", -0.7, 1, "\u22120.7")]
    public void Numbers_use_the_cultures_marks_and_the_true_minus_sign(string language, double value, int decimals, string expected) =>
        Assert.Equal(expected, TestPhrases.Formats(language).Number(value, decimals));

    [Theory]
    [InlineData("nb", "65,8\u00a0%", "\u22120,7\u00a0prosentpoeng", "1. juni 2025", "a, b og c")]
    [InlineData("nn", "65,8\u00a0%", "\u22120,7\u00a0prosentpoeng", "1. juni 2025", "a, b og c")]
    [InlineData("en", "65.8%", "\u22120.7\u00a0percentage points", "1 June 2025", "a, b and c")]
    public void Units_dates_and_lists_follow_the_language(string language, string percent, string change, string date, string list)
    {
        var formats = TestPhrases.Formats(language);

        Assert.Equal(percent, formats.Value(65.8, 1, Unit.Percent));
        Assert.Equal(change, formats.Change(-0.7, 1, Unit.Percent));
        Assert.Equal(date, formats.Date(new DateOnly(2025, 6, 1)));
        Assert.Equal(list, formats.List(["a", "b", "c"]));
    }

    [Fact]
    public void A_missing_value_shows_its_status_symbol()
    {
        Assert.Equal(":", TestPhrases.Bokmål.Cell(null, ":", 1));
        Assert.Equal("..", TestPhrases.Bokmål.Cell(null, null, 1));
    }

    [Theory]
    [InlineData(0.7, "+0,7")]
    [InlineData(-0.7000000000000028, "\u22120,7")]
    [InlineData(0.04, "0,0")]
    [InlineData(-0.04, "0,0")]
    public void Changes_always_carry_their_sign(double change, string expected) =>
        Assert.Equal(expected, TestPhrases.Bokmål.Signed(change, 1));
}

using AnnualReport.Model;

namespace AnnualReport.Tests.Model;

/// <summary>Period codes as statistics offices write them: years, spans, quarters (SSB's K and the Q of others), months, half-years.</summary>
public sealed class PeriodCodeTests
{
    [Theory]
    [InlineData("2023", 2023, 1, 1)]
    [InlineData("2021-2023", 2023, 1, 1)]
    [InlineData("2004Q1", 2004, 4, 1)]
    [InlineData("2004K4", 2004, 4, 4)]
    [InlineData("2004k2", 2004, 4, 2)]
    [InlineData("2004M01", 2004, 12, 1)]
    [InlineData("2004M12", 2004, 12, 12)]
    [InlineData("2004-01", 2004, 12, 1)]
    [InlineData("2004H2", 2004, 2, 2)]
    [InlineData("2020-Q1", 2020, 4, 1)]
    [InlineData("2020-Q4 ", 2020, 4, 4)]
    [InlineData("2020-S1", 2020, 2, 1)]
    [InlineData("2020S2", 2020, 2, 2)]
    [InlineData("2020-01 ", 2020, 12, 1)]
    public void A_period_code_gives_its_year_and_place_in_the_year(string code, int year, int perYear, int index)
    {
        Assert.Equal(new PeriodCode(year, perYear, index), PeriodCode.Parse(code));
    }

    [Theory]
    [InlineData("2004Q5")]
    [InlineData("2004M13")]
    [InlineData("2004M00")]
    [InlineData("2004-13")]
    [InlineData("04Q1")]
    [InlineData("siste")]
    [InlineData("2020-S3")]
    [InlineData("2020-W01")]
    [InlineData("2020-01-15")]
    public void A_period_outside_its_year_or_not_a_period_is_null(string code)
    {
        Assert.Null(PeriodCode.Parse(code));
    }

    [Theory]
    [InlineData("Q4", 4, 4)]
    [InlineData("K1", 4, 1)]
    [InlineData("M12", 12, 12)]
    [InlineData("H1", 2, 1)]
    public void A_pick_names_a_period_within_any_year(string code, int perYear, int index)
    {
        Assert.Equal((perYear, index), PeriodCode.Within(code));
    }

    [Theory]
    [InlineData("Q5")]
    [InlineData("2004")]
    [InlineData("")]
    public void A_pick_that_is_no_period_within_a_year_is_null(string code)
    {
        Assert.Null(PeriodCode.Within(code));
    }

    [Theory]
    [InlineData("2020-W01", true)]
    [InlineData("2020W53", true)]
    [InlineData("2020-01-15", true)]
    [InlineData("2020-01", false)]
    [InlineData("2020-Q1", false)]
    [InlineData("2020", false)]
    public void Weeks_and_days_are_recognised_though_no_period_code(string code, bool weekOrDay)
    {
        Assert.Equal(weekOrDay, PeriodCode.IsWeekOrDay(code));
    }
}

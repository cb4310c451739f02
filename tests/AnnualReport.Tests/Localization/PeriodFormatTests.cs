using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Localization;

/// <summary>Periods as readers and machines write them: the phrase book's quarter, half-year and month, and SDMX-like codes.</summary>
public sealed class PeriodFormatTests
{
    [Theory]
    [InlineData("nb", 4, 2024, 2, "2. kv. 2024")]
    [InlineData("nn", 4, 2024, 2, "2. kv. 2024")]
    [InlineData("en", 4, 2024, 2, "Q2 2024")]
    [InlineData("nb", 2, 2024, 1, "1. halvår 2024")]
    [InlineData("en", 2, 2024, 2, "H2 2024")]
    [InlineData("en", 12, 2024, 3, "Mar 2024")]
    [InlineData("nb", 12, 2024, 12, "des 2024")]
    public void A_period_is_written_as_the_language_writes_it(string language, int perYear, int year, int index, string expected)
    {
        var place = PeriodAxis.Ordinal(new PeriodCode(year, perYear, index), perYear);

        Assert.Equal(expected, TestPhrases.Formats(language).When(place, perYear));
    }

    [Fact]
    public void A_yearly_place_is_the_year()
    {
        Assert.Equal("2024", TestPhrases.Formats("nb").When(2024, 1));
        Assert.Equal("2015\u20132024", TestPhrases.Formats("en").Span(2015, 2024, 1));
    }

    [Theory]
    [InlineData("2024K2", 4, "2024Q2")]
    [InlineData("2024Q4", 4, "2024Q4")]
    [InlineData("2024M03", 12, "2024M03")]
    [InlineData("2024-11", 12, "2024M11")]
    [InlineData("2024H2", 2, "2024H2")]
    public void A_code_goes_to_its_place_and_back(string code, int perYear, string expected)
    {
        var period = PeriodCode.Parse(code)!;
        var place = PeriodAxis.Ordinal(period, perYear);

        Assert.Equal(expected, PeriodAxis.Code(place, perYear));
        Assert.Equal((period.Year, period.Index), (PeriodAxis.YearOf(place, perYear), PeriodAxis.IndexOf(place, perYear)));
    }

    [Fact]
    public void Consecutive_quarters_are_consecutive_places_across_a_year_end()
    {
        var q4 = PeriodAxis.Ordinal(new PeriodCode(2023, 4, 4), 4);
        var q1 = PeriodAxis.Ordinal(new PeriodCode(2024, 4, 1), 4);

        Assert.Equal(1, q1 - q4);
        Assert.Equal(q1, PeriodAxis.Start(2024, 4));
        Assert.Equal(q4, PeriodAxis.End(2023, 4));
    }
}

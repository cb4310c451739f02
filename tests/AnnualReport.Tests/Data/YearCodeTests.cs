using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>Year codes in data files: only ASCII digits are years; anything else is bad-year, never a crash.</summary>
public sealed class YearCodeTests
{
    [Theory]
    [InlineData("\u0662\u0660\u0662\u0663")]
    [InlineData("\uFF12\uFF10\uFF12\uFF13")]
    [InlineData("20\u0662\u0663K4")]
    [InlineData("99999999999")]
    public void A_year_code_with_digits_other_than_ascii_is_bad_year(string year)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", $"year,group,sex,value\n2022,imm,alle,62\n{year},imm,alle,65\n");

        var diagnostic = edition.Single("bad-year");

        Assert.Equal(3, diagnostic.Where.Line);
    }
}

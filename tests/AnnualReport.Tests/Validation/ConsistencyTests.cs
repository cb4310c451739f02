using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Validation;

/// <summary>
/// inconsistent-total for national figures of every reader: the categories of a breakdown may add
/// up to less than their total, never to more than the total plus the source's rounding.
/// </summary>
public sealed class ConsistencyTests
{
    private const string Header = "year,group,sex,value,status\n";

    private static string CountCatalogue(string data = "data: data/employment.csv") => EditionFixture.Catalogue
        .Replace("    unit: percent\n", "    unit: count\n", StringComparison.Ordinal)
        .Replace("    data: data/employment.csv\n", $"    {data}\n", StringComparison.Ordinal);

    private static string Rows(double total, double men, double women) =>
        $"2024,imm,alle,{total},\n2024,imm,men,{men},\n2024,imm,women,{women},\n";

    [Fact]
    public void Categories_above_their_total_are_inconsistent_total_at_the_total_cell_naming_each_category()
    {
        using var edition = new EditionFixture(CountCatalogue());
        edition.Data("employment.csv", Header + Rows(1000, 640, 410));

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceSpan(Path.Combine("editions", "2025", "data", "employment.csv"), 2, 15), diagnostic.Where);
        Assert.Contains("kategoriene i sex for imm 2024 er til sammen 1 050, mer enn totalen 1 000", diagnostic.Message);
        Assert.Contains("men 640 (linje 3, kolonne 14)", diagnostic.Message);
        Assert.Contains("women 410 (linje 4, kolonne 16)", diagnostic.Message);
    }

    [Fact]
    public void Categories_may_add_up_to_less_than_their_total()
    {
        using var edition = new EditionFixture(CountCatalogue());
        edition.Data("employment.csv", Header + Rows(1000, 500, 400) + "2023,imm,alle,1000,\n2023,imm,men,600,\n2023,imm,women,400,\n");

        Assert.DoesNotContain(edition.Validate().Diagnostics, d => d.Code == "inconsistent-total");
    }

    [Theory]
    [InlineData(1010, false)] // 10 over: two categories each off by up to 5
    [InlineData(1011, true)]
    public void The_rounding_allows_each_category_to_be_off_by_that_much(double sum, bool inconsistent)
    {
        using var edition = new EditionFixture(CountCatalogue("data: { file: data/employment.csv, rounding: 5 }"));
        edition.Data("employment.csv", Header + Rows(1000, 600, sum - 600));

        var found = edition.Validate().Diagnostics.Where(d => d.Code == "inconsistent-total").ToList();

        Assert.Equal(inconsistent, found.Count == 1);
        Assert.All(found, d => Assert.Contains("data.rounding: 5, opptil 10 for 2 kategorier", d.Message));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("ti")]
    [InlineData("2000000")]
    public void A_rounding_that_is_no_count_is_wrong_type(string rounding)
    {
        using var edition = new EditionFixture(CountCatalogue($"data: {{ file: data/employment.csv, rounding: {rounding} }}"));
        edition.Data("employment.csv", Header + Rows(1000, 600, 400));

        Assert.Contains(edition.Validate().Diagnostics, d => d.Code == "wrong-type" && d.Message.Contains("rounding", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("60,100,30,40,32,50", "tellerne for kategoriene i sex for imm 2024 er til sammen 62, mer enn telleren for totalen 60")]
    [InlineData("60,100,30,60,20,50", "nevnerne for kategoriene i sex for imm 2024 er til sammen 110, mer enn nevneren for totalen 100")]
    public void For_shares_numerators_and_denominators_are_compared(string counts, string message)
    {
        using var edition = new EditionFixture();
        var c = counts.Split(',');
        edition.Data("employment.csv", "year,group,sex,value,status,numerator,denominator\n" +
            $"2024,imm,alle,,,{c[0]},{c[1]}\n2024,imm,men,,,{c[2]},{c[3]}\n2024,imm,women,,,{c[4]},{c[5]}\n");

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Contains(message, diagnostic.Message);
        Assert.Equal(2, diagnostic.Where.Line);
    }

    [Fact]
    public void Json_stat_categories_above_their_total_point_at_the_total_value()
    {
        using var edition = new EditionFixture(CountCatalogue("data: { file: data/employment.json, year: tid }"));
        edition.Data("employment.json", """
            {"version": "2.0", "class": "dataset",
             "id": ["group", "sex", "tid"], "size": [1, 3, 1],
             "dimension": {
              "group": {"category": {"index": ["imm"]}},
              "sex": {"category": {"index": ["alle", "men", "women"]}},
              "tid": {"category": {"index": ["2024"]}}},
             "value": [
              1000,
              640, 410]}
            """);

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Equal((8, 3), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("men 640 (linje 9, kolonne 3), women 410 (linje 9, kolonne 8)", diagnostic.Message);
    }

    [Fact]
    public void Px_categories_above_their_total_point_at_the_total_value()
    {
        using var edition = new EditionFixture(CountCatalogue("data: { file: data/employment.px, year: tid }"));
        edition.Data("employment.px", """
            CODEPAGE="utf-8";
            TITLE="Sysselsatte";
            STUB="group","sex";
            HEADING="tid";
            VALUES("group")="imm";
            VALUES("sex")="alle","men","women";
            VALUES("tid")="2024";
            DATA=
            1000
            640
            410;

            """);

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Equal((9, 1), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("men 640 (linje 10, kolonne 1)", diagnostic.Message);
    }
}

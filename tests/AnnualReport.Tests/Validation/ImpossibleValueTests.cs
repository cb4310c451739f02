using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Validation;

/// <summary>
/// impossible-value from every reader, at the line and column of the cell: a rate outside 0–100
/// (percent) or 0–1000 (per thousand), a numerator above its denominator, a negative count.
/// </summary>
public sealed class ImpossibleValueTests
{
    private static string File(string name) => Path.Combine("editions", "2025", "data", name);

    private static string Catalogue(string unit, string data) => EditionFixture.Catalogue
        .Replace("    unit: percent\n", $"    unit: {unit}\n", StringComparison.Ordinal)
        .Replace("    breakdowns: [sex]\n", string.Empty, StringComparison.Ordinal)
        .Replace("    data: data/employment.csv\n", $"    {data}\n", StringComparison.Ordinal);

    private static string JsonStat(string values) => """
        {"version": "2.0", "class": "dataset",
         "id": ["group", "tid"], "size": [1, 2],
         "dimension": {
          "group": {"category": {"index": ["imm"]}},
          "tid": {"category": {"index": ["2023", "2024"]}}},
         "value": [VALUES]}
        """.Replace("VALUES", values, StringComparison.Ordinal);

    private static string Px(string values) => $"""
        CODEPAGE="utf-8";
        TITLE="Sysselsatte";
        STUB="group";
        HEADING="tid";
        VALUES("group")="imm";
        VALUES("tid")="2023","2024";
        DATA=
        {values};

        """;

    [Theory]
    [InlineData("percent", "60, 130")]
    [InlineData("perThousand", "600, 1200")]
    [InlineData("count", "600, -12")]
    public void Json_stat_values_impossible_for_the_unit_point_at_their_cell(string unit, string values)
    {
        using var edition = new EditionFixture(Catalogue(unit, "data: { file: data/employment.json, year: tid }"));
        edition.Data("employment.json", JsonStat(values));

        var diagnostic = edition.Single("impossible-value");

        Assert.Equal(new SourceSpan(File("employment.json"), 6, 12 + values.IndexOf(',', StringComparison.Ordinal) + 2), diagnostic.Where);
    }

    [Theory]
    [InlineData("percent", "60 130")]
    [InlineData("perThousand", "600 1200")]
    [InlineData("count", "600 -12")]
    public void Px_values_impossible_for_the_unit_point_at_their_cell(string unit, string values)
    {
        using var edition = new EditionFixture(Catalogue(unit, "data: { file: data/employment.px, year: tid }"));
        edition.Data("employment.px", Px(values));

        var diagnostic = edition.Single("impossible-value");

        Assert.Equal(new SourceSpan(File("employment.px"), 8, values.IndexOf(' ', StringComparison.Ordinal) + 2), diagnostic.Where);
    }

    [Fact]
    public void A_csv_rate_per_thousand_above_1000_is_impossible_value()
    {
        using var edition = new EditionFixture(Catalogue("perThousand", "data: data/employment.csv"));
        edition.Data("employment.csv", "year,group,sex,value\n2023,imm,alle,999\n2024,imm,alle,1000.5\n");

        var diagnostic = edition.Single("impossible-value");

        Assert.Equal(new SourceSpan(File("employment.csv"), 3, 15), diagnostic.Where);
        Assert.Contains("fra 0 til 1000", diagnostic.Message);
    }

    [Theory]
    [InlineData("-3,10", 16, "negativ")]
    [InlineData("3,-10", 18, "negativ")]
    [InlineData("12,10", 16, "større enn nevneren")]
    public void A_csv_count_that_is_negative_or_a_numerator_above_its_denominator_is_impossible_value(string counts, int column, string words)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", $"year,group,sex,value,numerator,denominator\n2024,imm,alle,,{counts}\n");

        var diagnostic = edition.Single("impossible-value");

        Assert.Equal(new SourceSpan(File("employment.csv"), 2, column), diagnostic.Where);
        Assert.Contains(words, diagnostic.Message);
    }
}

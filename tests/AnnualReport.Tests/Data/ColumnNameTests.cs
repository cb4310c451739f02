using AnnualReport.Data;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>A column the catalogue names but the header lacks, or one the header has but nobody names, is reported at the header with the columns on both sides.</summary>
public sealed class ColumnNameTests
{
    private static EditionFixture WithYear(string year) =>
        new(EditionFixture.Catalogue.Replace("    data: data/employment.csv\n", $"    data:\n      file: data/employment.csv\n      year: {year}\n", StringComparison.Ordinal));

    [Fact]
    public void A_near_miss_is_named_at_its_header_field()
    {
        using var edition = WithYear("aar");
        edition.Data("employment.csv", "group,år,sex,value\nimm,2023,alle,49\nimm,2024,alle,50\n");

        var report = edition.Validate();

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Severity == AnnualReport.Model.Severity.Error);
        Assert.Equal("unknown-dimension", diagnostic.Code);
        Assert.EndsWith("employment.csv", diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Equal((1, 7), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("aar, group, sex", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("group, år, sex, value", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("indicators.yaml(34,", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_without_a_near_miss_is_named_at_the_start_of_the_header()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "periode,group,sex,value\n2023,imm,alle,49\n2024,imm,alle,50\n");

        var report = edition.Validate();

        var missing = Assert.Single(report.Diagnostics, d => d.Code == "unknown-dimension");
        Assert.Equal((1, 1), (missing.Where.Line, missing.Where.Column));
        Assert.Contains("year, group, sex", missing.Message, StringComparison.Ordinal);
        Assert.Contains("periode, group, sex, value", missing.Message, StringComparison.Ordinal);
        var unexpected = Assert.Single(report.Diagnostics, d => d.Code == "unmapped-dimension");
        Assert.Equal((1, 1), (unexpected.Where.Line, unexpected.Where.Column));
    }

    [Fact]
    public void A_column_nobody_names_is_unmapped_dimension_at_its_header_field()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,sex,region,value\n2024,imm,alle,0301,50\n2024,imm,alle,1103,51\n");

        var diagnostic = edition.Single("unmapped-dimension");

        Assert.EndsWith("employment.csv", diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Equal((1, 16), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("region", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("year, group, sex", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_sheet_the_column_is_named_at_its_cell_of_the_first_row()
    {
        using var edition = new EditionFixture(EditionFixture.Catalogue.Replace("data/employment.csv", "data/employment.xlsx", StringComparison.Ordinal));
        XlsxWorkbook.Write(edition.Data("employment.xlsx", string.Empty),
        [
            ["year", "group", "sex", "region", "value"],
            [2024.0, "imm", "alle", "0301", 50.0],
            [2024.0, "imm", "alle", "1103", 51.0],
        ]);

        var diagnostic = edition.Single("unmapped-dimension");

        Assert.Equal((1, 4), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData("aar", "år", true)]
    [InlineData("kjonn", "Kjønn", true)]
    [InlineData("yaer", "year", true)]
    [InlineData("sex", "age", false)]
    [InlineData("year", "periode", false)]
    public void Near_misses_allow_case_written_out_letters_and_a_slip(string a, string b, bool near)
    {
        Assert.Equal(near, ColumnCheck.NearMiss(a, b));
    }
}

using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>The CSV dialect declared in the catalogue (data.separator, data.decimal) overrides detection, and a file that contradicts it is named at its header.</summary>
public sealed class DeclaredDialectTests
{
    private static EditionFixture Declaring(string dialect, string file = "data/employment.csv") =>
        new(EditionFixture.Catalogue.Replace("    data: data/employment.csv\n", $"    data:\n      file: {file}\n      {dialect}\n", StringComparison.Ordinal));

    [Fact]
    public void A_declared_separator_reads_a_header_that_detection_would_misread()
    {
        // A comma inside a column name makes the header look comma separated.
        using var edition = Declaring("separator: \";\"");
        edition.Data("employment.csv", "year;group;sex;value;merknad, kilde\n2024;imm;alle;68,2;SSB\n2024;imm;men;70,5;SSB\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal([68.2, 70.5], Assert.Single(report.Data).Series.Select(s => s.Observations.Single().Value));
    }

    [Fact]
    public void A_header_without_the_declared_separator_is_wrong_separator_at_the_header()
    {
        using var edition = Declaring("separator: \";\"");
        edition.Data("employment.csv", "year,group,sex,value\n2024,imm,alle,68.2\n");

        var diagnostic = edition.Single("wrong-separator");

        Assert.EndsWith("employment.csv", diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Equal((1, 5), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("indicators.yaml(35,", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(";", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_decimal_point_refuses_a_decimal_comma_and_says_it_was_declared()
    {
        using var edition = Declaring("decimal: \".\"\n      separator: \";\"");
        edition.Data("employment.csv", "year;group;sex;value\n2024;imm;alle;68,2\n");

        var diagnostic = edition.Single("bad-number");

        Assert.Equal((2, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains(new CsvDialect(';', false) { DeclaredAt = diagnostic.Where }.Describe(), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_in_a_detected_semicolon_file_says_how_the_file_was_read()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year;group;sex;value\n2024;imm;alle;68,2\n2024;imm;men;7,0,1\n");

        var diagnostic = edition.Single("bad-number");

        Assert.Equal((3, 14), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains(CsvDialect.Excel.Describe(), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_detection_misreads_says_how_it_was_read_and_what_to_declare()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year;group;sex;value;merknad, kilde\n2024;imm;alle;68,2;SSB\n");

        var diagnostic = edition.Single("bad-header");

        Assert.Equal((1, 1), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains(CsvDialect.Tidy.Describe(), diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("data.separator", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("separator: \",\"\n      decimal: \",\"", "data/employment.csv", 36)]
    [InlineData("separator: \";\"", "data/employment.xlsx", 35)]
    [InlineData("separator: \"|\"", "data/employment.csv", 35)]
    public void An_impossible_declaration_is_wrong_type_at_its_key(string dialect, string file, int line)
    {
        using var edition = Declaring(dialect, file);

        Assert.Equal(line, edition.Single("wrong-type").Where.Line);
    }
}

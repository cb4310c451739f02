using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>
/// Hostile or broken data files give a positioned error, never an exception, an overflow or a
/// cube too large for memory, whichever of the three formats they come in.
/// </summary>
public sealed class DataSafetyTests
{
    private static (DataCube? Cube, List<Diagnostic> Diagnostics, string Path) Read(string name, string text)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name, text);
        var diagnostics = new List<Diagnostic>();
        return (CubeReaders.Read(InputFile.At(path), diagnostics), diagnostics, path);
    }

    private static Diagnostic Single(string name, string text, string code)
    {
        var (_, diagnostics, _) = Read(name, text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        return diagnostic;
    }

    [Fact]
    public void A_csv_header_without_rows_is_no_data_at_line_1()
    {
        var diagnostic = Single("data.csv", "year,group,value\n", "no-data");

        Assert.Equal((1, 1), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_impossible_value_at_the_numerator()
    {
        var (_, diagnostics, _) = Read("data.csv", "year,group,numerator,denominator,value\n2023,imm,5,10,\n2024,imm,12,10,\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("impossible-value", diagnostic.Code);
        Assert.Equal((3, 10), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    // A negative count is a number, but an impossible one: impossible-value (Validation/ImpossibleValueTests).
    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    [InlineData("400 nines")]
    public void A_count_that_is_no_finite_number_of_people_is_bad_number(string count)
    {
        count = count == "400 nines" ? new string('9', 400) : count;
        var (_, diagnostics, _) = Read("data.csv", $"year,group,numerator,denominator,value\n2024,imm,5,{count},\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-number", diagnostic.Code);
        Assert.Equal((2, 12), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void A_csv_value_that_is_no_finite_number_is_bad_number(string value)
    {
        var diagnostic = Single("data.csv", $"year,group,value\n2024,imm,{value}\n", "bad-number");

        Assert.Equal((2, 10), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void An_unclosed_quote_is_bad_row_at_the_quote_instead_of_swallowing_the_rest()
    {
        var diagnostic = Single("data.csv", "year,group,value\n2022,imm,1\n2023,\"imm,2\n2024,imm,3\n", "bad-row");

        Assert.Equal((3, 6), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_csv_column_named_twice_is_duplicate_id()
    {
        var diagnostic = Single("data.csv", "year,group,Group,value\n2024,imm,rest,1\n", "duplicate-id");

        Assert.Contains("Group", diagnostic.Message);
    }

    [Fact]
    public void A_sparse_csv_whose_codes_span_too_many_cells_is_too_many_cells()
    {
        // 300 rows, each with new codes in three columns: 300³ = 27 million cells.
        var csv = new StringBuilder("a,b,c,value\n");
        for (var i = 0; i < 300; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i},b{i},c{i},1\n");
        }

        Single("data.csv", csv.ToString(), "too-many-cells");
    }

    [Fact]
    public void Json_stat_size_of_100000_cubed_is_too_many_cells_at_size_not_an_overflow()
    {
        var json = """
            {"version": "2.0", "class": "dataset", "id": ["a", "b", "c"],
             "size": [100000, 100000, 100000],
             "dimension": {"a": {"category": {"index": ["x"]}}, "b": {"category": {"index": ["y"]}}, "c": {"category": {"index": ["z"]}}},
             "value": {}}
            """;

        var diagnostic = Single("data.json", json, "too-many-cells");

        Assert.Equal(2, diagnostic.Where.Line);
    }

    [Fact]
    public void Json_stat_sizes_that_overflow_a_long_are_too_many_cells()
    {
        var json = """
            {"version": "2.0", "class": "dataset", "id": ["a", "b", "c"],
             "size": [2147483647, 2147483647, 2147483647],
             "dimension": {},
             "value": {}}
            """;

        Single("data.json", json, "too-many-cells");
    }

    [Fact]
    public void Json_stat_category_code_listed_twice_is_duplicate_id_at_its_dimension()
    {
        var json = """
            {"version": "2.0", "class": "dataset", "id": ["Tid"], "size": [2],
             "dimension": {
               "Tid": {"category": {"index": ["2023", "2023"]}}},
             "value": [1, 2]}
            """;

        var diagnostic = Single("data.json", json, "duplicate-id");

        Assert.Equal(3, diagnostic.Where.Line);
    }

    [Fact]
    public void Json_stat_value_beyond_a_double_is_bad_number()
    {
        var json = """
            {"version": "2.0", "class": "dataset", "id": ["Tid"], "size": [2],
             "dimension": {"Tid": {"category": {"index": ["2022", "2023"]}}},
             "value": [1, 1e999]}
            """;

        var diagnostic = Single("data.json", json, "bad-number");

        Assert.Equal(3, diagnostic.Where.Line);
    }

    [Fact]
    public void Px_code_listed_twice_is_duplicate_id_at_its_codes()
    {
        var px = "STUB=\"region\";\nHEADING=\"tid\";\nVALUES(\"region\")=\"Oslo\",\"Bergen\";\nVALUES(\"tid\")=\"2023\";\nCODES(\"region\")=\"0301\",\"0301\";\nDATA=\n1 2;\n";

        var diagnostic = Single("data.px", px, "duplicate-id");

        Assert.Equal(5, diagnostic.Where.Line);
    }

    [Fact]
    public void Px_dimensions_that_span_too_many_cells_are_too_many_cells()
    {
        // 4000 × 4000 = 16 million cells declared by a file of a few kilobytes.
        var values = string.Join(",", Enumerable.Range(0, 4000).Select(i => $"\"{i}\""));
        var px = $"STUB=\"a\";\nHEADING=\"b\";\nVALUES(\"a\")={values};\nVALUES(\"b\")={values};\nDATA=\n1;\n";

        Single("data.px", px, "too-many-cells");
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Px_data_that_is_no_finite_number_is_bad_number(string token)
    {
        var px = $"STUB=\"region\";\nHEADING=\"tid\";\nVALUES(\"region\")=\"Oslo\";\nVALUES(\"tid\")=\"2022\",\"2023\";\nDATA=\n1 {token};\n";

        var diagnostic = Single("data.px", px, "bad-number");

        Assert.Equal((6, 3), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData("VALUES(\"region\"=\"Oslo\";")]
    [InlineData("TITLE[en=\"Oslo\";")]
    [InlineData("TITLE]en[=\"Oslo\";")]
    public void Px_keyword_with_an_unclosed_parenthesis_or_bracket_is_bad_px_at_its_line(string keyword)
    {
        var px = $"STUB=\"region\";\n{keyword}\nDATA=\n1;\n";

        var diagnostic = Single("data.px", px, "bad-px");

        Assert.Equal((2, 1), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData(new long[] { 100000, 100000, 100000 }, null)]
    [InlineData(new long[] { int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue }, null)]
    [InlineData(new long[] { 0, int.MaxValue }, 0L)]
    [InlineData(new long[] { 357, 15, 6, 10 }, 321300L)]
    [InlineData(new long[] { }, 1L)]
    public void Cell_count_is_the_product_or_null_past_the_limit_and_never_overflows(long[] sizes, long? expected)
    {
        Assert.Equal(expected, CubeShape.CellCount(sizes));
    }
}

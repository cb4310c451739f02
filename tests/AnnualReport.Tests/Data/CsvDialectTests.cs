using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>A CSV saved by Excel in a Norwegian locale (semicolons, decimal comma) reads as the tidy CSV does.</summary>
public sealed class CsvDialectTests
{
    private const string Tidy = "year,group,kjonn,value,status,numerator,denominator\n2022,imm,alle,68.9,,689,1000\n2023,imm,alle,,:,,\n2023,imm,menn,\"71.5\",,,\n2024,imm,alle,-0.5,,,\n";

    private const string Excel = "year;group;kjonn;value;status;numerator;denominator\r\n2022;imm;alle;68,9;;689;1000\r\n2023;imm;alle;;:;;\r\n2023;imm;menn;\"71,5\";;;\r\n2024;imm;alle;-0,5;;;\r\n";

    private static (DataCube? Cube, List<Diagnostic> Diagnostics) Read(string csv)
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.csv", csv);
        var diagnostics = new List<Diagnostic>();
        return (new CsvCubeReader().Read(InputFile.At(path), diagnostics), diagnostics);
    }

    [Fact]
    public void A_semicolon_csv_with_decimal_commas_gives_the_same_cells_as_the_tidy_csv()
    {
        var (tidy, tidyDiagnostics) = Read(Tidy);
        var (excel, excelDiagnostics) = Read(Excel);

        Assert.Empty(tidyDiagnostics);
        Assert.Empty(excelDiagnostics);
        Assert.Equal(tidy!.Dimensions.Select(d => (d.Id, string.Join("|", d.Categories.Select(c => c.Code)))), excel!.Dimensions.Select(d => (d.Id, string.Join("|", d.Categories.Select(c => c.Code)))));
        var cells = (DataCube cube) => cube.Cells.OfType<CubeCell>().Select(c => (c.Value, c.Status, c.Where.Line)).ToList();
        Assert.Equal(cells(tidy), cells(excel));
        Assert.Contains(cells(excel), c => c.Value == -0.5);
    }

    [Theory]
    [InlineData("year,group,value\n", ',', false)]
    [InlineData("year;group;value\n", ';', true)]
    [InlineData("\"a;b\",group,value\n", ',', false)]
    [InlineData("\"a,b\";group;value\n", ';', true)]
    public void The_header_line_tells_the_dialect(string text, char separator, bool decimalComma) =>
        Assert.Equal(new CsvDialect(separator, decimalComma), CsvDialect.Detect(text));

    [Theory]
    [InlineData("1,234,567")]
    [InlineData("6,5,1")]
    [InlineData("6.5.1")]
    public void A_decimal_comma_file_still_refuses_what_is_not_one_number(string value)
    {
        var (_, diagnostics) = Read($"year;group;value\n2022;imm;{value}\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-number", diagnostic.Code);
        Assert.Equal((2, 10), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_decimal_comma_in_a_comma_separated_file_is_still_an_error()
    {
        var (_, diagnostics) = Read("year,group,value\n2022,imm,\"6,5\"\n");

        Assert.Equal("bad-number", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("year,group,value\n2024 ,imm,6.5\n", 2, 1)]
    [InlineData("year,group,value\n2024, imm,6.5\n", 2, 6)]
    [InlineData("year;group;value\n2024;imm ;6,5\n", 2, 6)]
    public void A_code_or_year_with_spaces_around_it_is_an_error_at_its_cell(string csv, int line, int column)
    {
        var (_, diagnostics) = Read(csv);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("padded-code", diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Where.Line, diagnostic.Where.Column));
    }
}

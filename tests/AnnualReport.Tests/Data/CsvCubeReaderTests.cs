using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

public sealed class CsvCubeReaderTests
{
    private static (DataCube? Cube, List<Diagnostic> Diagnostics, string Path) Read(string csv)
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.csv", csv);
        var diagnostics = new List<Diagnostic>();
        return (new CsvCubeReader().Read(InputFile.At(path), diagnostics), diagnostics, path);
    }

    [Fact]
    public void Every_column_but_value_status_and_provenance_is_a_dimension()
    {
        var (cube, diagnostics, _) = Read("year,group,kjonn,value,status,provenance\n2022,imm,alle,68.9,,\n2023,imm,alle,,:,\n2023,imm,menn,71.5,,illustrative\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["year", "group", "kjonn"], cube!.Dimensions.Select(d => d.Id));
        Assert.Equal(["2022", "2023"], cube.Dimensions[0].Categories.Select(c => c.Code));
        Assert.Equal("year", cube.TimeDimension);
        Assert.Equal(4, cube.Size);
        Assert.Equal(2, cube.Present);
        Assert.Equal(new Dictionary<string, int> { [":"] = 1 }, cube.StatusCounts);
    }

    [Fact]
    public void Cells_keep_value_status_provenance_and_line()
    {
        var (cube, _, _) = Read("year,group,value,status,provenance\n2022,imm,68.9,,\n2023,imm,,:,\n2024,imm,70,,illustrative\n");

        var cells = cube!.Cells.OfType<CubeCell>().ToList();
        Assert.Equal(68.9, cells[0].Value);
        Assert.Null(cells[1].Value);
        Assert.Equal(":", cells[1].Status);
        Assert.Equal(3, cells[1].Where.Line);
        Assert.Equal(Provenance.Illustrative, cells[2].Provenance);
        Assert.Null(cells[0].Provenance);
    }

    [Fact]
    public void Quoted_fields_crlf_and_a_byte_order_mark_are_accepted()
    {
        var (cube, diagnostics, _) = Read("\uFEFFyear,group,value\r\n2022,\"imm, all\",\"1234.5\"\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal("imm, all", cube!.Dimensions[1].Categories[0].Code);
        Assert.Equal(1234.5, cube.Cells[0]!.Value);
    }

    [Fact]
    public void A_decimal_comma_is_a_malformed_number_with_line_and_column()
    {
        var (_, diagnostics, path) = Read("year,group,value\n2022,imm,\"68,9\"\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-number", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 2, 10), diagnostic.Where);
        Assert.Contains("68.2", diagnostic.Message);
    }

    [Fact]
    public void An_empty_value_without_a_status_symbol_is_an_error()
    {
        var (_, diagnostics, _) = Read("year,group,value\n2022,imm,\n");

        Assert.Equal("missing-value", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_unknown_status_symbol_is_an_error()
    {
        var (_, diagnostics, _) = Read("year,group,value,status\n2022,imm,,x\n");

        Assert.Equal("bad-status", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_an_error()
    {
        var (_, diagnostics, path) = Read("year,group,value\n2022,imm\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-row", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 2, 1), diagnostic.Where);
    }

    [Fact]
    public void The_same_coordinates_twice_is_a_duplicate_observation()
    {
        var (_, diagnostics, _) = Read("year,group,value\n2022,imm,1\n2022,imm,2\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("duplicate-observation", diagnostic.Code);
        Assert.Equal(3, diagnostic.Where.Line);
    }

    [Fact]
    public void A_header_without_value_is_reported_against_the_header()
    {
        var (cube, diagnostics, path) = Read("year,amount\n2022,1\n");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-header", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 1, 1), diagnostic.Where);
    }
}

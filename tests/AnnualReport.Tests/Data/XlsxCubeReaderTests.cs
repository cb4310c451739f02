using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>An Excel sheet as an analyst saves it is read to the same cells as the tidy CSV.</summary>
public sealed class XlsxCubeReaderTests
{
    private const string Tidy = "year,group,kjonn,value,status,numerator,denominator\n2022,imm,alle,68.9,,689,1000\n2023,imm,alle,,:,,\n2023,imm,menn,71.5,,,\n2024,imm,alle,-0.5,,,\n";

    private static (DataCube? Cube, List<Diagnostic> Diagnostics) Read(TempDirectory temp, string name)
    {
        var diagnostics = new List<Diagnostic>();
        return (CubeReaders.Read(Path.Combine(temp.Path, name), diagnostics), diagnostics);
    }

    [Fact]
    public void A_sheet_gives_the_same_cells_as_the_tidy_csv()
    {
        using var temp = new TempDirectory();
        temp.File("tidy.csv", Tidy);
        XlsxWorkbook.Write(Path.Combine(temp.Path, "sheet.xlsx"),
        [
            ["year", "group", "kjonn", "value", "status", "numerator", "denominator"],
            [2022.0, "imm", "alle", 68.9, null, 689.0, 1000.0],
            [2023.0, "imm", "alle", null, ":", null, null],
            [2023.0, "imm", "menn", 71.5, null, null, null],
            [2024.0, "imm", "alle", -0.5, null, null, null],
        ]);

        var (tidy, tidyDiagnostics) = Read(temp, "tidy.csv");
        var (sheet, sheetDiagnostics) = Read(temp, "sheet.xlsx");

        Assert.Empty(tidyDiagnostics);
        Assert.Empty(sheetDiagnostics);
        Assert.Equal("xlsx", sheet!.Format);
        Assert.Equal(tidy!.Dimensions.Select(d => (d.Id, string.Join("|", d.Categories.Select(c => c.Code)))), sheet.Dimensions.Select(d => (d.Id, string.Join("|", d.Categories.Select(c => c.Code)))));
        var cells = (DataCube cube) => cube.Cells.OfType<CubeCell>().Select(c => (c.Value, c.Status, c.Numerator, c.Denominator, c.Where.Line)).ToList();
        Assert.Equal(cells(tidy), cells(sheet));
    }

    [Fact]
    public void A_problem_is_reported_at_its_row_and_column_of_the_sheet()
    {
        using var temp = new TempDirectory();
        XlsxWorkbook.Write(Path.Combine(temp.Path, "sheet.xlsx"),
        [
            ["year", "group", "value"],
            [2022.0, "imm", 68.9],
            [2023.0, "imm ", 70.1],
            [2024.0, "imm", "sixty"],
        ]);

        var (_, diagnostics) = Read(temp, "sheet.xlsx");

        Assert.Equal([("padded-code", 3, 2), ("bad-number", 4, 3)], diagnostics.Select(d => (d.Code, d.Where.Line, d.Where.Column)));
        Assert.All(diagnostics, d => Assert.EndsWith("sheet.xlsx", d.Where.File, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_bad_xlsx_not_a_crash()
    {
        using var temp = new TempDirectory();
        temp.File("sheet.xlsx", "year,group,value\n2022,imm,68.9\n");

        var (cube, diagnostics) = Read(temp, "sheet.xlsx");

        Assert.Null(cube);
        Assert.Equal("bad-xlsx", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_empty_first_sheet_is_bad_xlsx()
    {
        using var temp = new TempDirectory();
        XlsxWorkbook.Write(Path.Combine(temp.Path, "sheet.xlsx"), []);

        var (cube, diagnostics) = Read(temp, "sheet.xlsx");

        Assert.Null(cube);
        Assert.Equal("bad-xlsx", Assert.Single(diagnostics).Code);
    }
}

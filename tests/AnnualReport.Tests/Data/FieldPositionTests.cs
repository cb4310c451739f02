using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>Every data error points at the field that is wrong, in a CSV line and in a sheet, through the normal loader.</summary>
public sealed class FieldPositionTests
{
    private const string Header = "group,sex,year,value,status\n";

    private static readonly object?[] SheetHeader = ["group", "sex", "year", "value", "status"];

    private static Diagnostic Csv(string code, string rows)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + rows);
        return edition.Single(code);
    }

    private static Diagnostic Sheet(string code, params object?[][] rows)
    {
        using var edition = new EditionFixture(EditionFixture.Catalogue.Replace("data/employment.csv", "data/employment.xlsx", StringComparison.Ordinal));
        XlsxWorkbook.Write(edition.Data("employment.xlsx", string.Empty), [SheetHeader, .. rows]);
        return edition.Single(code);
    }

    private static (int Line, int Column) At(Diagnostic diagnostic) => (diagnostic.Where.Line, diagnostic.Where.Column);

    [Fact]
    public void A_bad_year_points_at_the_year_cell_after_a_quoted_field()
    {
        // "imm" in quotes takes five characters: the year starts in column 12, not 10.
        Assert.Equal((3, 12), At(Csv("bad-year", "imm,alle,2024,65,\n\"imm\",alle,siste,66,\n")));
        Assert.Equal((3, 3), At(Sheet("bad-year", ["imm", "alle", 2024.0, 65.0], ["imm", "alle", "siste", 66.0])));
    }

    [Fact]
    public void An_unknown_group_points_at_the_group_cell()
    {
        Assert.Equal((2, 1), At(Csv("unknown-group", "aliens,alle,2024,50,\n")));
        Assert.Equal((2, 1), At(Sheet("unknown-group", ["aliens", "alle", 2024.0, 50.0])));
    }

    [Fact]
    public void An_unknown_category_points_at_the_category_cell()
    {
        Assert.Equal((2, 5), At(Csv("unknown-category", "imm,other,2024,50,\n")));
        Assert.Equal((2, 2), At(Sheet("unknown-category", ["imm", "other", 2024.0, 50.0])));
    }

    [Fact]
    public void A_bad_value_points_at_the_value_cell()
    {
        Assert.Equal((2, 15), At(Csv("bad-number", "imm,alle,2024,6x,\n")));
        Assert.Equal((2, 4), At(Sheet("bad-number", ["imm", "alle", 2024.0, "6x"])));
    }

    [Fact]
    public void A_bad_status_points_at_the_status_cell()
    {
        Assert.Equal((2, 16), At(Csv("bad-status", "imm,alle,2024,,?\n")));
        Assert.Equal((2, 5), At(Sheet("bad-status", ["imm", "alle", 2024.0, null, "?"])));
    }

    [Fact]
    public void In_a_px_file_a_bad_year_or_unknown_group_points_at_where_its_dimension_lists_the_codes()
    {
        using var edition = new EditionFixture(EditionFixture.Catalogue.Replace("data/employment.csv", "data/employment.px", StringComparison.Ordinal));
        edition.Data("employment.px", """
            CHARSET="ANSI";
            CODEPAGE="utf-8";
            TITLE="Sysselsatte";
            STUB="group","sex";
            HEADING="year";
            VALUES("group")="imm","aliens";
            VALUES("sex")="alle";
            VALUES("year")="2024","siste";
            DATA=
            65 66
            70 71;

            """);

        var report = edition.Validate();

        Assert.Equal(8, Assert.Single(report.Diagnostics, d => d.Code == "bad-year").Where.Line);
        Assert.Equal(6, Assert.Single(report.Diagnostics, d => d.Code == "unknown-group").Where.Line);
    }
}

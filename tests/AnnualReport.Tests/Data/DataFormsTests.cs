using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>Done when of issue 15: a semicolon/decimal-comma CSV and an .xlsx sheet give the same figures as the tidy CSV, through the loader a build uses.</summary>
public sealed class DataFormsTests
{
    private const string Tidy = """
        year,group,sex,value,status,numerator,denominator
        2022,imm,alle,68.9,,689,1000
        2022,imm,men,71.45,,,
        2022,rest,alle,80.1,,,
        2023,imm,alle,,:,,
        2023,imm,women,,,312,480
        2023,rest,alle,79.25,,,
        2024,imm,alle,0.5,,,
        """;

    private const string Excel = """
        year;group;sex;value;status;numerator;denominator
        2022;imm;alle;68,9;;689;1000
        2022;imm;men;71,45;;;
        2022;rest;alle;80,1;;;
        2023;imm;alle;;:;;
        2023;imm;women;;;312;480
        2023;rest;alle;79,25;;;
        2024;imm;alle;0,5;;;
        """;

    private static readonly object?[][] Sheet =
    [
        ["year", "group", "sex", "value", "status", "numerator", "denominator"],
        [2022.0, "imm", "alle", 68.9, null, 689.0, 1000.0],
        [2022.0, "imm", "men", 71.45],
        [2022.0, "rest", "alle", 80.1],
        [2023.0, "imm", "alle", null, ":"],
        [2023.0, "imm", "women", null, null, 312.0, 480.0],
        [2023.0, "rest", "alle", 79.25],
        [2024.0, "imm", "alle", 0.5],
    ];

    private static List<string> Figures(Action<EditionFixture> write, string file)
    {
        using var edition = new EditionFixture(EditionFixture.Catalogue.Replace("data/employment.csv", $"data/{file}", StringComparison.Ordinal));
        write(edition);

        var report = edition.Validate(draft: true);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        return Assert.Single(report.Data).Series
            .SelectMany(s => s.Observations.Select(o => $"{s.GroupId}/{s.Category ?? "alle"}/{o.Year}: {o.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {o.Status} {o.Numerator}/{o.Denominator} {o.Provenance}"))
            .ToList();
    }

    [Fact]
    public void A_semicolon_csv_and_a_sheet_give_the_same_figures_as_the_tidy_csv()
    {
        var tidy = Figures(e => e.Data("employment.csv", Tidy + "\n"), "employment.csv");
        var excel = Figures(e => e.Data("employment.csv", Excel.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n"), "employment.csv");
        var sheet = Figures(e => XlsxWorkbook.Write(e.Data("employment.xlsx", string.Empty), Sheet), "employment.xlsx");

        Assert.Equal(7, tidy.Count);
        Assert.Contains("imm/alle/2022: 68.9  689/1000 Published", tidy);
        Assert.Equal(tidy, excel);
        Assert.Equal(tidy, sheet);
    }
}

using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>figures.xlsx and the CSV per indicator, read back as a person's tools would.</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class DownloadTests(SampleBuildFixture build)
{
    private string Spreadsheet => Path.Combine(build.Site, "figures.xlsx");

    [Fact]
    public void Spreadsheet_is_a_valid_xlsx_with_a_tidy_sheet_of_every_figure()
    {
        using var document = SpreadsheetDocument.Open(Spreadsheet, false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Tall", "Indikatorer", "Symboler"], sheets);

        var rows = Rows(document, "Tall");
        Assert.Equal(["Tema", "Indikator-id", "Indikator", "Nivå", "Gruppe", "Inndeling", "Kategori", "År", "Verdi", "Status"], rows[0].Take(10));
        var points = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Site, "analysis.json")))
            .RootElement.GetProperty("series").EnumerateArray().Sum(s => s.GetProperty("points").GetArrayLength());
        Assert.Equal(points, rows.Count - 1);
    }

    [Fact]
    public void Figures_are_numbers_and_missing_ones_keep_their_symbol()
    {
        using var document = SpreadsheetDocument.Open(Spreadsheet, false);
        var sheet = Part(document, "Tall");
        var rows = sheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var texts = Rows(document, "Tall");

        var employment = texts.FindIndex(r => r[1] == "sysselsetting" && r[4] == "Innvandrere" && r[5] == "I alt" && r[7] == "2023");
        var value = rows[employment].Elements<Cell>().ElementAt(8);
        Assert.Equal(CellValues.Number, value.DataType!.Value);
        Assert.Equal("68.2", value.CellValue!.Text);
        Assert.Equal("publisert", texts[employment][13]);

        var hidden = texts.FindIndex(r => r[9] == ":");
        Assert.True(hidden > 0);
        Assert.Equal(string.Empty, texts[hidden][8]);
        Assert.NotNull(sheet.Worksheet.GetFirstChild<AutoFilter>());
        Assert.Equal(PaneStateValues.Frozen, sheet.Worksheet.Descendants<Pane>().Single().State!.Value);
    }

    [Fact]
    public void Every_indicator_section_links_to_its_csv_file()
    {
        foreach (var page in build.Result.MainLanguage().Pages.Where(p => p is not ("index.html" or "metode.html" or "print.html")))
        {
            var html = File.ReadAllText(Path.Combine(build.Site, page));
            foreach (Match link in Regex.Matches(html, @"href=""(data/[^""]+\.csv)"""))
            {
                var csv = File.ReadAllText(Path.Combine(build.Site, link.Groups[1].Value));
                Assert.StartsWith("\uFEFFTema,Indikator-id,", csv);
                Assert.True(csv.Split('\n').Length > 2, link.Groups[1].Value);
            }
        }

        Assert.Equal(27, Directory.GetFiles(Path.Combine(build.Site, "data"), "*.csv").Length);
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static List<string[]> Rows(SpreadsheetDocument document, string name) =>
        Part(document, name).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();
}

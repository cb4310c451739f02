using AnnualReport.Municipal;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// No label or code in a download can run as a spreadsheet formula (OWASP "CSV injection"): text
/// starting with = + - @, tab or carriage return gets a leading ' (and is quoted in CSV); numbers,
/// negative ones too, stay numbers; the xlsx holds no formula at all.
/// </summary>
public sealed class FormulaInjectionTests
{
    private static readonly string[] RiskyLabels =
    [
        "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-1+1", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "＝1+1",
    ];

    public static readonly TheoryData<string> Risky = new(RiskyLabels);

    private static FigureRow Row(string label, double? value = 12.5, string status = "") => new(
        "Arbeid", "sysselsetting", label, "Hovedindikator", label, "Kjønn", label, 2024, value, status, null, null, "prosent", "publisert", label, label);

    /// <summary>The fields of each CSV line, quotes undone, with whether each was quoted.</summary>
    private static List<List<(string Text, bool Quoted)>> ReadCsv(string csv)
    {
        var lines = new List<List<(string, bool)>>();
        var fields = new List<(string, bool)>();
        var field = new System.Text.StringBuilder();
        var (quoted, inQuotes) = (false, false);
        for (var i = csv.StartsWith('\uFEFF') ? 1 : 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                (quoted, inQuotes) = (true, true);
            }
            else if (c is ',' or '\n')
            {
                fields.Add((field.ToString(), quoted));
                (field, quoted) = (new System.Text.StringBuilder(), false);
                if (c == '\n')
                {
                    lines.Add(fields);
                    fields = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }

        return lines;
    }

    [Theory]
    [MemberData(nameof(Risky))]
    public void A_csv_text_cell_that_could_be_a_formula_starts_with_a_quote_mark_and_is_quoted(string label)
    {
        var csv = ReadCsv(CsvExporter.Write([Row(label)], TestPhrases.For("nb")));

        var row = csv[1];
        foreach (var column in new[] { 2, 4, 6, 14, 15 })
        {
            // The CSV has one kind of line break, so a carriage return inside a field becomes \n.
            Assert.Equal(("'" + label.ReplaceLineEndings("\n"), true), row[column]);
        }
    }

    [Fact]
    public void Csv_numbers_keep_their_sign_and_plain_text_and_the_nil_symbol_are_left_alone()
    {
        var csv = ReadCsv(CsvExporter.Write([Row("Menn", -0.7), Row("Kvinner", null, "-")], TestPhrases.For("nb")));

        Assert.Equal(("-0.7", false), csv[1][8]);
        Assert.Equal(("Menn", false), csv[1][2]);
        Assert.Equal(("-", false), csv[2][9]);
        Assert.Equal(("2024", false), csv[1][7]);
    }

    [Fact]
    public void The_spreadsheet_holds_no_formula_and_marks_text_that_could_become_one()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "x.xlsx");
        var risky = RiskyLabels;

        SpreadsheetExporter.Write(path, [new SpreadsheetExporter.SheetSpec("Tall", ["Tekst", "Verdi", "År"], risky.Select(r => new object?[] { r, -0.7, -1 }).Append(["-", 1.5, 2024]), [10, 10, 10])]);

        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var rows = sheet.Descendants<Row>().Skip(1).ToList();
        for (var i = 0; i < risky.Length; i++)
        {
            var cells = rows[i].Elements<Cell>().ToList();
            // XML reads a carriage return back as a line feed; what matters is the leading quote mark.
            Assert.Equal("'" + risky[i].ReplaceLineEndings("\n"), cells[0].InlineString!.InnerText);
            Assert.Equal(CellValues.Number, cells[1].DataType!.Value);
            Assert.Equal("-0.7", cells[1].CellValue!.Text);
            Assert.Equal("-1", cells[2].CellValue!.Text);
        }

        Assert.Equal("-", rows[^1].Elements<Cell>().First().InlineString!.InnerText);
    }

    [Fact]
    public void Characters_xml_cannot_hold_do_not_break_the_spreadsheet()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "x.xlsx");

        SpreadsheetExporter.Write(path, [new SpreadsheetExporter.SheetSpec("Tall", ["Tekst"], [["Oslo\u0001\u001B[31m"], ["halv \uD800 surrogat"], ["æøå 😀"]], [10])]);

        using var document = SpreadsheetDocument.Open(path, false);
        var texts = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<InlineString>().Select(s => s.InnerText).ToList();
        Assert.Equal(["Tekst", "Oslo\uFFFD\uFFFD[31m", "halv \uFFFD surrogat", "æøå 😀"], texts);
    }

    [Fact]
    public async Task Downloads_of_a_hostile_edition_mark_every_risky_label_and_hold_no_formula()
    {
        using var edition = new HostileEdition();

        var result = await edition.BuildAsync();

        var csv = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "data", "employment.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", csv);
        Assert.Contains("\"'@SUM(1)\"", csv);
        Assert.Contains("\"'+1 kilde <script>alert(1)</script>\"", csv);
        Assert.Contains("\"'-1+1\"", csv);
        Assert.All(ReadCsv(csv).SelectMany(line => line), f => Assert.False(SpreadsheetText.IsRisky(f.Text), f.Text));

        using var document = SpreadsheetDocument.Open(Path.Combine(result.MainLanguage().Directory, Downloads.Spreadsheet), false);
        var sheets = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet).ToList();
        Assert.All(sheets, s => Assert.Empty(s.Descendants<CellFormula>()));
        var texts = sheets.SelectMany(s => s.Descendants<InlineString>()).Select(s => s.InnerText).ToList();
        Assert.Contains("'=HYPERLINK(\"http://x\",\"y\")", texts);
        Assert.DoesNotContain(texts, SpreadsheetText.IsRisky);
    }

    [Fact]
    [Trait("Tier", "Full")] // analyses all 357 municipalities for the spreadsheet
    public async Task The_municipal_spreadsheet_marks_a_municipality_name_that_could_be_a_formula()
    {
        using var temp = new TempDirectory();
        var catalogue = RepositoryPaths.CopySample(temp.Path);
        var classification = Path.Combine(temp.Path, "editions", "2025", "geography", "kommuner-2024.csv");
        var text = File.ReadAllText(classification);
        Assert.Contains("3301,Drammen,", text);
        File.WriteAllText(classification, text.Replace("3301,Drammen,", "3301,\"=HYPERLINK(\"\"http://x\"\",\"\"Drammen\"\")\",", StringComparison.Ordinal));

        var result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(catalogue)
        {
            Pdf = false,
            OutputDirectory = Path.Combine(temp.Path, "kommuner"),
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            Date = new DateOnly(2025, 11, 20),
        })
        { Only = ["3301"] });

        using var document = SpreadsheetDocument.Open(Path.Combine(result.MainLanguage().Directory, "kommunetall.xlsx"), false);
        var sheets = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet).ToList();
        Assert.All(sheets, s => Assert.Empty(s.Descendants<CellFormula>()));
        var texts = sheets.SelectMany(s => s.Descendants<InlineString>()).Select(s => s.InnerText).ToList();
        Assert.Contains("'=HYPERLINK(\"http://x\",\"Drammen\")", texts);
        Assert.DoesNotContain(texts, SpreadsheetText.IsRisky);
    }
}

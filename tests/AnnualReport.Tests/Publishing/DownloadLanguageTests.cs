using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Tests.Publishing;

/// <summary>The CSV files and figures.xlsx of the sample edition in each language: headers, sheet names and cell words from the phrase book.</summary>
public sealed class DownloadLanguageTests
{
    private static readonly BuildStamp Stamp = new(2025, new DateOnly(2025, 6, 1), "abc123", Draft: false);

    public static TheoryData<string, string> CsvHeaders() => new()
    {
        { "nb", "Tema,Indikator-id,Indikator,Nivå,Gruppe,Inndeling,Kategori,År,Verdi,Status,Nedre 95 %,Øvre 95 %,Enhet,Opphav,Kilde,Tabell" },
        { "nn", "Tema,Indikator-id,Indikator,Nivå,Gruppe,Inndeling,Kategori,År,Verdi,Status,Nedre 95 %,Øvre 95 %,Eining,Opphav,Kjelde,Tabell" },
        { "en", "Theme,Indicator ID,Indicator,Level,Group,Breakdown,Category,Year,Value,Status,Lower 95%,Upper 95%,Unit,Provenance,Source,Table" },
    };

    [Theory]
    [MemberData(nameof(CsvHeaders))]
    public void Csv_headers_are_in_the_language_of_the_publication(string language, string header)
    {
        var formats = TestPhrases.Formats(language);
        var data = SampleEdition.Analysis.Data.Single(d => d.Indicator.Id == "sysselsetting");

        var csv = CsvExporter.Write(FigureTable.Rows(SampleEdition.Catalogue, data, formats), formats.Phrases);

        Assert.Equal("\uFEFF" + header, csv.Split('\n')[0]);
    }

    [Theory]
    [InlineData("nb", "Hovedindikator", "I alt", "prosent", "publisert")]
    [InlineData("nn", "Hovudindikator", "I alt", "prosent", "publisert")]
    [InlineData("en", "Main indicator", "Total", "per cent", "published")]
    public void Cell_words_are_in_the_language_of_the_publication(string language, string level, string total, string unit, string provenance)
    {
        var formats = TestPhrases.Formats(language);
        var data = SampleEdition.Analysis.Data.Single(d => d.Indicator.Id == "sysselsetting");

        var row = FigureTable.Rows(SampleEdition.Catalogue, data, formats).First(r => r.Breakdown == total && r.Year == 2023 && r.Value is not null);

        Assert.Equal((level, total, unit, provenance), (row.Level, row.Category, row.Unit, row.Provenance));
        Assert.Equal(68.2, FigureTable.Rows(SampleEdition.Catalogue, data, formats).First(r => r.Group == "Innvandrere" && r.Breakdown == total && r.Year == 2023).Value);
    }

    [Fact]
    public async Task The_english_spreadsheet_has_english_sheet_names_headers_symbols_and_build_stamp()
    {
        using var temp = new TempDirectory();
        var formats = TestPhrases.Formats("en");

        await Downloads.WriteAsync(temp.Path, SampleEdition.Catalogue, SampleEdition.Analysis, Stamp, formats);

        using var document = SpreadsheetDocument.Open(Path.Combine(temp.Path, Downloads.Spreadsheet), false);
        Assert.Equal(["Figures", "Indicators", "Symbols"], SheetNames(document));
        Assert.Equal(["Theme", "Indicator ID", "Indicator", "Level", "Group", "Breakdown", "Category", "Year", "Value", "Status"], Rows(document, "Figures")[0].Take(10));
        Assert.Equal(["Indicator ID", "Indicator", "Theme", "Definition", "Unit", "Source", "Link", "Notes", "Breaks in series"], Rows(document, "Indicators")[0]);
        var symbols = Rows(document, "Symbols");
        Assert.Equal(["Symbol", "Meaning"], symbols[0]);
        Assert.Contains([":", "Not published, for reasons of confidentiality"], symbols);
        Assert.Contains(["Build stamp", "Edition 2025, built 1 June 2025, fingerprint abc123"], symbols);
        Assert.True(Selected(document, "Figures"));
        Assert.StartsWith("\uFEFFTheme,Indicator ID,", File.ReadAllText(Path.Combine(temp.Path, Downloads.CsvFile("sysselsetting"))));
    }

    [Fact]
    public async Task The_nynorsk_spreadsheet_has_nynorsk_sheet_names_and_headers()
    {
        using var temp = new TempDirectory();

        await Downloads.WriteAsync(temp.Path, SampleEdition.Catalogue, SampleEdition.Analysis, Stamp with { Draft = true }, TestPhrases.Formats("nn"));

        using var document = SpreadsheetDocument.Open(Path.Combine(temp.Path, Downloads.Spreadsheet), false);
        Assert.Equal(["Tal", "Indikatorar", "Symbol"], SheetNames(document));
        Assert.Equal(["Indikator-id", "Indikator", "Tema", "Definisjon", "Eining", "Kjelde", "Lenkje", "Merknad", "Brot i serien"], Rows(document, "Indikatorar")[0]);
        var symbols = Rows(document, "Symbol");
        Assert.Equal(["Symbol", "Tyding"], symbols[0]);
        Assert.Contains([".", "Tal kan ikkje førekomme"], symbols);
        Assert.Contains(["Byggjestempel", "Utkast 2025, bygd 1. juni 2025, fingeravtrykk abc123"], symbols);
        Assert.DoesNotContain(Rows(document, "Tal").Skip(1), r => r[5] == "I alt" && r[3] is "Hovedindikator" or "Supplerende" or "Grunnlagstall");
    }

    private static List<string> SheetNames(SpreadsheetDocument document) =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    private static WorksheetPart Part(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static bool Selected(SpreadsheetDocument document, string name) =>
        Part(document, name).Worksheet.Descendants<SheetView>().Single().TabSelected?.Value == true;

    private static List<string[]> Rows(SpreadsheetDocument document, string name) =>
        Part(document, name).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();
}

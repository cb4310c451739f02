using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using AnnualReport.Localization;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads the municipal figures' sheet of <c>kommunetall.xlsx</c> by its header names, as the
/// edition's phrase book writes them (<c>municipal.spreadsheet</c>), so neither a change of column
/// order nor of wording matters and a withdrawn column (interval limits) counts as not published.
/// A number's decimals are the most decimals any figure of the same indicator shows in that
/// column: a spreadsheet drops trailing zeros, the attacker infers the precision from the rest.
/// </summary>
internal static class MunicipalSpreadsheetReader
{
    public const string FileName = "kommunetall.xlsx";

    public static IReadOnlyList<PublishedCell> Read(string path, AttackerCatalogue catalogue)
    {
        var edition = catalogue.Catalogue.Edition;
        var phrases = PhraseBook.Load(RepositoryPaths.Templates, edition.Language, edition.Culture);
        string Word(string key) => phrases.Get("municipal.spreadsheet." + key);
        string Column(string key) => Word("columns." + key);
        var rows = ReadRows(path, Word("sheet"));
        var decimals = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            foreach (var column in new[] { Column("value"), Column("low"), Column("high") })
            {
                if (PublishedNumber.Parse(row.GetValueOrDefault(column)) is { } number)
                {
                    var key = (row[Column("id")], column);
                    decimals[key] = Math.Max(decimals.GetValueOrDefault(key), number.Decimals);
                }
            }
        }

        PublishedNumber? Number(Dictionary<string, string> row, string column) =>
            PublishedNumber.Parse(row.GetValueOrDefault(column)) is { } n ? n with { Decimals = decimals[(row[Column("id")], column)] } : null;

        return rows.Select((row, index) =>
        {
            var value = row.GetValueOrDefault(Column("value"));
            var status = row.GetValueOrDefault(Column("status")) is { Length: > 0 } symbol ? symbol
                : PublishedNumber.Parse(value) is null && !string.IsNullOrEmpty(value) ? value : null;
            return new PublishedCell(
                $"{FileName} row {index + 2}",
                row[Column("id")],
                catalogue.GroupId(row[Column("group")]),
                row[Column("level")] switch
                {
                    var level when level == Word("levels.country") => RegionLevel.Country,
                    var level when level == Word("levels.county") => RegionLevel.County,
                    var level when level == Word("levels.municipality") => RegionLevel.Municipality,
                    var level => throw new InvalidOperationException($"{FileName} row {index + 2}: level «{level}» is new to the attacker; teach it what the level covers"),
                },
                row[Column("code")],
                int.Parse(row[Column("year")], CultureInfo.InvariantCulture),
                Number(row, Column("value")),
                Number(row, Column("low")),
                Number(row, Column("high")),
                status);
        }).ToList();
    }

    /// <summary>Every row below the header as header name → cell text.</summary>
    private static List<Dictionary<string, string>> ReadRows(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();

        string Text(Cell cell) => cell.DataType?.Value switch
        {
            CellValues.InlineString => cell.InlineString?.InnerText ?? "",
            CellValues.SharedString => shared![int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)],
            _ => cell.CellValue?.Text ?? "",
        };

        static string Column(Cell cell) => new(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

        var rows = part.Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().ToDictionary(Column, Text);
        return rows.Skip(1)
            .Select(row => row.Elements<Cell>().Where(c => header.ContainsKey(Column(c))).ToDictionary(c => header[Column(c)], Text))
            .ToList();
    }
}

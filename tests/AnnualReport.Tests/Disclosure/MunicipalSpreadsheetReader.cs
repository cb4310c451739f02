using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads the sheet "Kommunetall" of <c>kommunetall.xlsx</c> by its header names, so a change of
/// column order does not matter and a withdrawn column (interval limits) counts as not published.
/// A number's decimals are the most decimals any figure of the same indicator shows in that
/// column: a spreadsheet drops trailing zeros, the attacker infers the precision from the rest.
/// </summary>
internal static class MunicipalSpreadsheetReader
{
    public const string FileName = "kommunetall.xlsx";

    public static IReadOnlyList<PublishedCell> Read(string path, AttackerCatalogue catalogue)
    {
        var rows = ReadRows(path);
        var decimals = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            foreach (var column in new[] { "Verdi", "Nedre 95 %", "Øvre 95 %" })
            {
                if (PublishedNumber.Parse(row.GetValueOrDefault(column)) is { } number)
                {
                    var key = (row["Indikator-id"], column);
                    decimals[key] = Math.Max(decimals.GetValueOrDefault(key), number.Decimals);
                }
            }
        }

        PublishedNumber? Number(Dictionary<string, string> row, string column) =>
            PublishedNumber.Parse(row.GetValueOrDefault(column)) is { } n ? n with { Decimals = decimals[(row["Indikator-id"], column)] } : null;

        return rows.Select((row, index) =>
        {
            var value = row.GetValueOrDefault("Verdi");
            var status = row.GetValueOrDefault("Status") is { Length: > 0 } symbol ? symbol
                : PublishedNumber.Parse(value) is null && !string.IsNullOrEmpty(value) ? value : null;
            return new PublishedCell(
                $"{FileName} row {index + 2}",
                row["Indikator-id"],
                catalogue.GroupId(row["Gruppe"]),
                row["Nivå"] switch
                {
                    "Land" => RegionLevel.Country,
                    "Fylke" => RegionLevel.County,
                    "Kommune" => RegionLevel.Municipality,
                    var level => throw new InvalidOperationException($"{FileName} row {index + 2}: level «{level}» is new to the attacker; teach it what the level covers"),
                },
                row["Nummer"],
                int.Parse(row["År"], CultureInfo.InvariantCulture),
                Number(row, "Verdi"),
                Number(row, "Nedre 95 %"),
                Number(row, "Øvre 95 %"),
                status);
        }).ToList();
    }

    /// <summary>Every row below the header as header name → cell text.</summary>
    private static List<Dictionary<string, string>> ReadRows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "Kommunetall");
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

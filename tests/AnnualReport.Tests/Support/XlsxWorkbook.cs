using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Tests.Support;

/// <summary>Writes real .xlsx workbooks for tests, as Excel stores them.</summary>
internal static class XlsxWorkbook
{
    /// <summary>A real workbook: years and figures as numbers, codes and symbols as (shared) text, one empty cell left out.</summary>
    public static void Write(string path, object?[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var shared = new List<string>();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null:
                        continue;
                    case double number:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                        break;
                    case string text:
                        if (!shared.Contains(text))
                        {
                            shared.Add(text);
                            strings.SharedStringTable.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                        }

                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(shared.IndexOf(text)) });
                        break;
                }
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Tall" }));
    }
}

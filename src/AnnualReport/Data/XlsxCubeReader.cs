using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Data;

/// <summary>
/// An Excel workbook (.xlsx) as analysts save it: the first sheet is read as a tidy table, exactly
/// as a CSV file would be (the column names in the first row: the dimensions, then value and
/// optionally status, provenance, numerator and denominator). Numbers are the numbers Excel
/// stores, whatever the cells' display format; text is text. A problem is reported at its row and
/// column of the sheet.
/// </summary>
public sealed class XlsxCubeReader : ICubeReader
{
    public string Format => "xlsx";

    public DataCube? Read(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        if (new FileInfo(file.Path).Length > InputLimits.MaxDataBytes)
        {
            diagnostics.Add(Diagnostic.Error("too-large", Messages.Format("file.over-limit", ("limit", InputLimits.MaxDataBytes / 1024 / 1024)), SourceSpan.ForFile(path)));
            return null;
        }

        List<CsvRow> rows;
        try
        {
            rows = Rows(file.Path);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            diagnostics.Add(Diagnostic.Error("bad-xlsx", Messages.Format("data.bad-xlsx", ("detail", SafeText.Excerpt(e.Message, 120))), SourceSpan.ForFile(path)));
            return null;
        }

        if (rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-xlsx", Messages.Format("data.empty-xlsx"), SourceSpan.ForFile(path)));
            return null;
        }

        return CsvCubeReader.FromTable(CsvTable.Of(rows), path, Format, diagnostics);
    }

    /// <summary>The first sheet's rows, each field with its column; empty cells inside a row are empty fields.</summary>
    private static List<CsvRow> Rows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<CsvRow>();
        var width = 0;
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().Select(c => (Column: ColumnNumber(c.CellReference?.Value), Text: Text(c, shared))).Where(c => c.Column > 0).ToList();
            if (cells.All(c => c.Text.Length == 0))
            {
                continue;
            }

            // The header fixes the width; a data row's cells are placed in their columns.
            width = rows.Count == 0 ? cells.Max(c => c.Column) : width;
            var fields = new string[rows.Count == 0 ? width : Math.Max(width, cells.Max(c => c.Column))];
            Array.Fill(fields, string.Empty);
            foreach (var (column, text) in cells)
            {
                fields[column - 1] = text;
            }

            rows.Add(new CsvRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), fields) { Columns = [.. Enumerable.Range(1, fields.Length)] });
        }

        return rows;
    }

    /// <summary>A cell as text: shared and inline strings as written, numbers as the shortest text that reads back to the stored number.</summary>
    private static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType?.Value == CellValues.String || cell.DataType?.Value == CellValues.Boolean || cell.DataType?.Value == CellValues.Error)
        {
            return value;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString("R", CultureInfo.InvariantCulture) : value;
    }

    /// <summary>The 1-based column of a reference such as "C12"; 0 when there is none.</summary>
    private static int ColumnNumber(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? string.Empty)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            column = column * 26 + (c - 'A' + 1);
        }

        return column;
    }
}

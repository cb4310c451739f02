using System.Globalization;
using System.IO.Compression;
using AnnualReport.Localization;
using AnnualReport.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Formats = AnnualReport.Localization.Formats;

namespace AnnualReport.Publishing;

/// <summary>
/// <c>figures.xlsx</c>: the first sheet (nb "Tall") holds every published figure as one tidy table
/// (filter and pivot in Excel; header row frozen, filter on, numbers as numbers), the second
/// ("Indikatorer") describes each indicator, the third ("Symboler") explains SSB's symbols. Sheet
/// names, headers and words are the phrase book's (<c>downloads.*</c>). The file is the same bytes
/// for the same input: no dates inside, and every zip entry gets one fixed timestamp.
/// </summary>
public static class SpreadsheetExporter
{
    /// <summary>One sheet: its name, header row, rows (text, int, double or null per cell), column widths, and whether it is the tab that opens.</summary>
    public sealed record SheetSpec(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows, IReadOnlyList<double> Widths, bool Selected = false);

    /// <summary>Any tidy sheets, with the same layout rules (bold frozen header, filter, fixed widths) and byte-stable output.</summary>
    public static void Write(string path, IReadOnlyList<SheetSpec> sheets)
    {
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            foreach (var sheet in sheets)
            {
                AddSheet(workbook, sheet);
            }

            workbook.Workbook.Save();
        }

        Normalise(path);
    }

    public static void Write(string path, IndicatorCatalogue catalogue, IReadOnlyList<FigureRow> rows, BuildStamp stamp, Formats formats)
    {
        var phrases = formats.Phrases;
        var flags = rows.Any(r => r.Flags.Length > 0);
        var periods = rows.Any(r => r.Period.Length > 0);
        Write(path,
        [
            new SheetSpec(phrases.Get("downloads.sheets.figures"), FigureTable.Columns(phrases, flags, periods), rows.Select(r => new object?[]
            {
                r.Theme, r.IndicatorId, r.Indicator, r.Level, r.Group, r.Breakdown, r.Category, r.Year, r.Value, r.Status, r.Low, r.High,
                r.Unit, r.Provenance, r.Source, r.Table,
            }.Concat(flags ? [r.Flags] : []).Concat(periods ? [r.Period] : []).ToArray()), [14, 22, 44, 16, 30, 18, 24, 8, 12, 8, 12, 12, 12, 14, 40, 10, .. (flags ? [8] : Array.Empty<double>()), .. (periods ? [10] : Array.Empty<double>())], Selected: true),
            new SheetSpec(phrases.Get("downloads.sheets.indicators"), FigureTable.Headers(phrases, ["indicator-id", "indicator", "theme", "definition", "unit", "source", "link", "notes", "breaks"]),
                catalogue.Indicators.Select(i => new object?[]
                {
                    i.Id, i.Title, catalogue.Themes.First(t => t.Id == i.ThemeId).Title, i.Definition, formats.UnitTitle(i.Unit),
                    FigureTable.SourceNote(i, formats), i.Source.Url ?? string.Empty, i.Notes ?? string.Empty, string.Join("; ", i.Breaks.Select(b => $"{formats.When(b.Year, i.PerYear)}: {FlagText.BreakNote(phrases, b)}")),
                }), [22, 44, 24, 60, 12, 40, 30, 40, 40]),
            Symbols(stamp, formats, Data.StatusMeanings.Flags.Where(f => rows.Any(r => r.Flags.Contains(FlagText.Marks(phrases, [f]), StringComparison.Ordinal))).ToList()),
        ]);
    }

    /// <summary>The sheet that explains SSB's symbols and carries the build stamp, in the language of <paramref name="formats"/>.</summary>
    public static SheetSpec Symbols(BuildStamp stamp, Formats formats, IReadOnlyList<string>? flags = null)
    {
        var phrases = formats.Phrases;
        return new(phrases.Get("downloads.sheets.symbols"), FigureTable.Headers(phrases, ["symbol", "meaning"]),
            Data.StatusSymbols.All.Select(s => new object?[] { s, phrases.Get($"symbols.{Data.StatusSymbols.Key(s)}") })
                .Concat((flags ?? []).Select(f => new object?[] { FlagText.Marks(phrases, [f]), phrases.Get($"symbols.{f}") }))
                .Append(["*", phrases.Get("downloads.illustrative-note")])
                .Append([phrases.Get("downloads.build-stamp"), StampText.For(stamp, formats)]), [14, 80]);
    }

    private static void AddSheet(WorkbookPart workbook, SheetSpec sheet)
    {
        var (name, header, rows, widths) = (sheet.Name, sheet.Header, sheet.Rows, sheet.Widths);
        // Fixed relationship ids: the SDK's generated ones differ from run to run.
        var sheets = workbook.Workbook.Sheets!;
        var id = (uint)sheets.ChildElements.Count + 1;
        var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{id}");
        var data = new SheetData();
        data.Append(Row(1, header.Cast<object?>().ToArray(), bold: true));
        var index = 1u;
        foreach (var values in rows)
        {
            data.Append(Row(++index, values, bold: false));
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0, TabSelected = sheet.Selected });
        part.Worksheet = new Worksheet(views, columns, data, new AutoFilter { Reference = $"A1:{ColumnName(header.Count - 1)}{index}" });

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        workbook.Workbook.DefinedNames ??= new DefinedNames();
        workbook.Workbook.DefinedNames.Append(new DefinedName($"'{name}'!$A$1:${ColumnName(header.Count - 1)}${index}") { Name = "_xlnm._FilterDatabase", LocalSheetId = id - 1, Hidden = true });
    }

    private static Row Row(uint index, object?[] values, bool bold)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{ColumnName(i)}{index}";
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference },
                double d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                // Never a formula: text is an inline string, marked when a spreadsheet could run it once saved as CSV.
                var text => new Cell { CellReference = reference, InlineString = new InlineString(new Text(SpreadsheetText.ForXml(SpreadsheetText.Neutralise(text.ToString()!)))), DataType = CellValues.InlineString, StyleIndex = bold ? 1u : 0u },
            });
        }

        return row;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
    }

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    /// <summary>Rewrites the package with entries in ordinal order and one fixed timestamp, so the same input gives the same bytes.</summary>
    private static void Normalise(string path)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var zip = ZipFile.OpenRead(path))
        {
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                var bytes = memory.ToArray();

                // The package's own relationship to the workbook gets a random id from the SDK;
                // nothing else refers to it, so a fixed one is as good.
                if (entry.FullName == "_rels/.rels")
                {
                    var counter = 0;
                    var text = System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(bytes), "Id=\"R[0-9a-f]+\"", _ => $"Id=\"rIdPackage{++counter}\"");
                    bytes = System.Text.Encoding.UTF8.GetBytes(text);
                }

                entries.Add((entry.FullName, bytes));
            }
        }

        File.Delete(path);
        using var output = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            var entry = output.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}

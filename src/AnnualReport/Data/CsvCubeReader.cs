using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads the project's tidy CSV: UTF-8 (a byte order mark is allowed), comma separated (or
/// semicolon separated with decimal commas, detected or declared: <see cref="CsvDialect"/>), one
/// header row. The column <c>value</c> holds the figure with a decimal point; the optional <c>status</c>
/// column one of SSB's symbols when the figure is missing; the optional <c>provenance</c> column
/// <c>published</c> or <c>illustrative</c> per row; the optional <c>numerator</c> and
/// <c>denominator</c> columns the counts behind a proportion (the value may then be left empty).
/// Every other column is a dimension whose values are category codes, for example
/// <c>year,group,kjonn,value,status</c>.
/// </summary>
public sealed class CsvCubeReader : ICubeReader
{
    private static readonly string[] Reserved = ["value", "status", "provenance", "numerator", "denominator"];

    public string Format => "csv";

    public DataCube? Read(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        if (InputText.ReadUtf8(file.Path, path, InputLimits.MaxDataBytes, diagnostics) is not { } text)
        {
            return null;
        }

        var dialect = file.Dialect ?? CsvDialect.Detect(text);
        if (file.Dialect is { } declared && !CsvDialectCheck.HeaderFits(text, declared, path, diagnostics))
        {
            return null;
        }

        var table = CsvTable.Parse(text, dialect);
        if (!table.CheckQuotes(path, diagnostics))
        {
            return null;
        }

        return FromTable(table, path, Format, diagnostics) is { } cube ? cube with { Dialect = dialect } : null;
    }

    /// <summary>
    /// The cube of a table of rows, however it was read (a CSV file, an Excel sheet): one column per
    /// dimension, and the columns value, status, provenance, numerator and denominator.
    /// </summary>
    internal static DataCube? FromTable(CsvTable table, string path, string format, List<Diagnostic> diagnostics)
    {
        // In a CSV file a wrong separator or decimal mark shows up as a bad header, row or number:
        // those messages say which the file was read with. A sheet has cells, not separators.
        Func<string, string> explain = format == "csv" ? m => table.Dialect.Explain(m) : m => m;
        Func<string, string> explainShape = format == "csv" ? m => table.Dialect.Explain(m, shape: true) : m => m;
        int value = table.IndexOf("value"), status = table.IndexOf("status"), provenance = table.IndexOf("provenance");
        int numerator = table.IndexOf("numerator"), denominator = table.IndexOf("denominator");
        var dimensionColumns = Enumerable.Range(0, table.Header.Count).Where(i => !Reserved.Contains(table.Header[i].Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (value < 0 || dimensionColumns.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-header", explainShape(Messages.Format("csv.bad-header", ("header", SafeText.Excerpt(string.Join(table.Dialect.Separator, table.Header))))), new SourceSpan(path, 1, 1)));
            return null;
        }

        if (table.Rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("no-data", Messages.Format("csv.no-data"), new SourceSpan(path, 1, 1)));
            return null;
        }

        var codes = dimensionColumns.Select(_ => new List<string>()).ToList();
        var rows = new List<(string[] Codes, CubeCell Cell)>();
        foreach (var row in table.Rows)
        {
            if (row.Fields.Count != table.Header.Count)
            {
                diagnostics.Add(Diagnostic.Error("bad-row", explainShape(Messages.Format("csv.bad-row.columns", ("found", row.Fields.Count), ("expected", table.Header.Count))), new SourceSpan(path, row.Line, 1)));
                continue;
            }

            var cell = ReadCell(path, row, table.Dialect, explain, format == "csv" && table.Dialect.Separator == ',', value, status, provenance, diagnostics);
            if (cell is null || !ReadCounts(path, row, table.Dialect, explain, numerator, denominator, diagnostics, out var numeratorValue, out var denominatorValue))
            {
                continue;
            }

            if (cell.Value is null && cell.Status is null && (numeratorValue is null || denominatorValue is null))
            {
                diagnostics.Add(Diagnostic.Error("missing-value", Messages.Format("csv.missing-value"), cell.Where));
                continue;
            }

            cell = cell with { Numerator = numeratorValue, Denominator = denominatorValue };

            // "2024 " is not 2024: a code with spaces around it is named at its cell, never trimmed
            // silently (a spreadsheet that pads cells would otherwise turn into other categories).
            var padded = dimensionColumns.FirstOrDefault(c => row.Fields[c].Trim().Length > 0 && row.Fields[c] != row.Fields[c].Trim(), -1);
            if (padded >= 0)
            {
                diagnostics.Add(Diagnostic.Error("padded-code", Messages.Format("csv.padded-code", ("value", SafeText.Excerpt(row.Fields[padded])), ("column", SafeText.Excerpt(table.Header[padded].Trim()))), new SourceSpan(path, row.Line, row.ColumnOf(padded))));
                continue;
            }

            var rowCodes = dimensionColumns.Select(row.Field).ToArray();
            for (var d = 0; d < rowCodes.Length; d++)
            {
                if (!codes[d].Contains(rowCodes[d]))
                {
                    codes[d].Add(rowCodes[d]);
                }
            }

            rows.Add((rowCodes, cell with { Codes = rowCodes, CodesWhere = [.. dimensionColumns.Select(c => new SourceSpan(path, row.Line, row.ColumnOf(c)))] }));
        }

        var dimensions = dimensionColumns.Select((column, d) => new Dimension(
            table.Header[column].Trim(), table.Header[column].Trim(), codes[d].Select(c => new Category(c, c)).ToList())).ToList();
        if (!CubeShape.Check(dimensions, _ => new SourceSpan(path, 1, 1), diagnostics))
        {
            return null;
        }

        var cells = new CubeCell?[dimensions.Aggregate(1, (product, d) => product * d.Size)];
        foreach (var (rowCodes, cell) in rows)
        {
            var index = DataCube.IndexOf(dimensions, rowCodes.Select((c, d) => dimensions[d].IndexOf(c)).ToList());
            if (cells[index] is { } first)
            {
                diagnostics.Add(Diagnostic.Error("duplicate-observation", Messages.Format("csv.duplicate-observation", ("codes", SafeText.Excerpt(string.Join(", ", rowCodes))), ("line", first.Where.Line)), cell.Where with { Column = 1 }));
                continue;
            }

            cells[index] = cell;
        }

        var time = dimensions.FirstOrDefault(d => d.Id.Equals("year", StringComparison.OrdinalIgnoreCase))?.Id;
        var header = table.HeaderRow ?? new CsvRow(1, table.Header);
        var columns = table.Header.Select((name, i) => new TableColumn(name.Trim(), new SourceSpan(path, header.Line, header.ColumnOf(i)))).ToList();
        return new DataCube(format, Path.GetFileNameWithoutExtension(path), dimensions, cells, time, null, new SourceSpan(path, 1, 1)) { Columns = columns };
    }

    private static bool ReadCounts(string path, CsvRow row, CsvDialect dialect, Func<string, string> explain, int numeratorColumn, int denominatorColumn, List<Diagnostic> diagnostics, out double? numerator, out double? denominator)
    {
        numerator = denominator = null;
        foreach (var (column, name) in new[] { (numeratorColumn, "numerator"), (denominatorColumn, "denominator") })
        {
            if (column < 0 || row.Field(column).Length == 0)
            {
                continue;
            }

            if (!dialect.TryParse(row.Field(column), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, out var count))
            {
                diagnostics.Add(Diagnostic.Error("bad-number", explain(Messages.Format($"csv.count.{name}.not-number", ("value", SafeText.Excerpt(row.Field(column))))), new SourceSpan(path, row.Line, row.ColumnOf(column))));
                return false;
            }

            if (count < 0)
            {
                diagnostics.Add(Diagnostic.Error("impossible-value", Messages.Format($"csv.count.{name}.negative", ("value", SafeText.Excerpt(row.Field(column)))), new SourceSpan(path, row.Line, row.ColumnOf(column))));
                return false;
            }

            if (column == numeratorColumn)
            {
                numerator = count;
            }
            else
            {
                denominator = count;
            }
        }

        if (numerator > denominator)
        {
            diagnostics.Add(Diagnostic.Error("impossible-value", Messages.Format("csv.numerator-over-denominator", ("numerator", row.Field(numeratorColumn)), ("denominator", row.Field(denominatorColumn))), new SourceSpan(path, row.Line, row.ColumnOf(numeratorColumn))));
            return false;
        }

        return true;
    }

    /// <param name="commaAdvice">Whether a decimal comma is worth advice: in a comma-separated CSV file it needs semicolons; in a sheet or a file declared otherwise, the dialect says enough.</param>
    private static CubeCell? ReadCell(string path, CsvRow row, CsvDialect dialect, Func<string, string> explain, bool commaAdvice, int value, int status, int provenance, List<Diagnostic> diagnostics)
    {
        var where = new SourceSpan(path, row.Line, row.ColumnOf(value));
        var symbol = status >= 0 && row.Field(status).Length > 0 ? row.Field(status) : null;
        if (symbol is not null && !StatusSymbols.All.Contains(symbol))
        {
            diagnostics.Add(Diagnostic.Error("bad-status", Messages.Format("csv.bad-status", ("symbol", SafeText.Excerpt(symbol)), ("symbols", string.Join(" ", StatusSymbols.All))), new SourceSpan(path, row.Line, row.ColumnOf(status))));
            return null;
        }

        Provenance? origin = null;
        if (provenance >= 0 && row.Field(provenance).Length > 0)
        {
            origin = row.Field(provenance) switch
            {
                "published" => Provenance.Published,
                "illustrative" => Provenance.Illustrative,
                _ => null,
            };
            if (origin is null)
            {
                diagnostics.Add(Diagnostic.Error("wrong-type", Messages.Format("csv.bad-provenance", ("value", SafeText.Excerpt(row.Field(provenance)))), new SourceSpan(path, row.Line, row.ColumnOf(provenance))));
                return null;
            }
        }

        var text = row.Field(value);
        if (text.Length == 0)
        {
            // Checked by the caller: an empty value is fine with a status or with both counts.
            return new CubeCell([], null, symbol, origin, where);
        }

        if (!dialect.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, out var number))
        {
            var key = text.Contains(',') && commaAdvice ? "csv.bad-number.comma" : "csv.bad-number.plain";
            diagnostics.Add(Diagnostic.Error("bad-number", explain(Messages.Format(key, ("value", SafeText.Excerpt(text)))), where));
            return null;
        }

        return new CubeCell([], number, symbol, origin, where);
    }
}

using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// One geography CSV file with the columns it must have, its well-formed rows, and the name
/// messages give it (relative to the user's folder, as for data files).
/// </summary>
internal sealed record GeographyTable(string Display, int[] Columns, IReadOnlyList<CsvRow> Rows)
{
    public SourceSpan At(CsvRow row, int column) => new(Display, row.Line, row.ColumnOf(column));

    /// <summary>The file's rows, or null after reporting why it cannot be read; a row with another number of fields than the header is reported and left out.</summary>
    public static GeographyTable? Read(string declared, string[] columns, MunicipalSettings settings, EditionFiles files, List<Diagnostic> diagnostics)
    {
        if (files.Resolve(declared, settings.Where, diagnostics) is not { } path)
        {
            return null;
        }

        var display = files.Display(path);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("geography.file-not-found", ("file", declared), ("path", display)), settings.Where));
            return null;
        }

        if (InputText.ReadUtf8(path, display, InputLimits.MaxDataBytes, diagnostics) is not { } text)
        {
            return null;
        }

        var table = CsvTable.Parse(text);

        var index = columns.Select(table.IndexOf).ToArray();
        if (index.Any(i => i < 0))
        {
            diagnostics.Add(Diagnostic.Error("bad-header", Messages.Format("geography.bad-header", ("columns", string.Join(",", columns)), ("header", SafeText.Excerpt(string.Join(",", table.Header)))), new SourceSpan(display, 1, 1)));
            return null;
        }

        var rows = new List<CsvRow>();
        foreach (var row in table.Rows)
        {
            if (row.Fields.Count != table.Header.Count)
            {
                diagnostics.Add(Diagnostic.Error("bad-row", Messages.Format("csv.bad-row.columns", ("found", row.Fields.Count), ("expected", table.Header.Count)), new SourceSpan(display, row.Line, 1)));
            }
            else
            {
                rows.Add(row);
            }
        }

        table.CheckQuotes(display, diagnostics);
        return new GeographyTable(display, index, rows);
    }
}

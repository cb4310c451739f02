using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// A CSV file split into rows of fields (RFC 4180: comma separated, double quotes around fields
/// that hold commas, quotes or line breaks; or semicolon separated, as Excel saves it in a locale
/// whose decimal mark is a comma: see <see cref="CsvDialect"/>), each row keeping the line it starts on.
/// </summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>Where a quote opens that is never closed; the rows stop before its row.</summary>
    public (int Line, int Column)? UnclosedQuote { get; init; }

    /// <summary>Reports an unclosed quote as <c>bad-row</c> at the quote; true when there is none.</summary>
    public bool CheckQuotes(string path, List<Diagnostic> diagnostics)
    {
        if (UnclosedQuote is not { } quote)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("bad-row", Messages.Format("csv.bad-row.open-quote"), new SourceSpan(path, quote.Line, quote.Column)));
        return false;
    }

    /// <summary>The header as read: its line and where each column name starts.</summary>
    public CsvRow? HeaderRow { get; init; }

    /// <summary>The table of rows whose first is the header.</summary>
    public static CsvTable Of(IReadOnlyList<CsvRow> rows) =>
        rows.Count == 0 ? new CsvTable([], []) : new CsvTable(rows[0].Fields, rows.Skip(1).ToList()) { HeaderRow = rows[0] };

    /// <summary>The dialect the file was read in.</summary>
    public CsvDialect Dialect { get; init; } = CsvDialect.Tidy;

    public static CsvTable Parse(string text) => Parse(text, CsvDialect.Detect(text));

    public static CsvTable Parse(string text, CsvDialect dialect)
    {
        var separator = dialect.Separator;
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var columns = new List<int>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var (lineStart, quoteLine, quoteColumn) = (i, 0, 0);
        var fieldColumn = 1;

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        (line, lineStart) = (line + 1, i + 1);
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                (quoted, quoteLine, quoteColumn) = (true, line, i - lineStart + 1);
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                columns.Add(fieldColumn);
                field.Clear();
                fieldColumn = i - lineStart + 2;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow();
                line++;
                rowLine = line;
                lineStart = i + 1;
                fieldColumn = 1;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            // The unclosed field's row is dropped rather than read as one field holding the rest of the file.
            return Of(rows) with { UnclosedQuote = (quoteLine, quoteColumn), Dialect = dialect };
        }

        EndRow();
        return Of(rows) with { Dialect = dialect };

        void EndRow()
        {
            fields.Add(field.ToString());
            columns.Add(fieldColumn);
            field.Clear();
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                rows.Add(new CsvRow(rowLine, [.. fields]) { Columns = [.. columns] });
            }

            fields.Clear();
            columns.Clear();
        }
    }

    /// <summary>The 0-based index of the column with this header (case-insensitive), or -1.</summary>
    public int IndexOf(string name) => Header.ToList().FindIndex(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
}

using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// A Eurostat TSV file split into its parts: the row dimensions and the time dimension of the
/// header, the periods with their columns, and each row's codes and cells, every part with where
/// it is written. Problems are reported with line and column; a bad cell does not stop the rest.
/// </summary>
internal sealed class EurostatTsvTable
{

    private readonly string _path;
    private readonly List<string> _rowDimensions;
    private readonly string _timeDimension;
    private readonly List<(string Period, int Column)> _periods;
    private readonly List<(string[] Codes, int Line, List<CubeCell> Cells)> _rows = [];
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private EurostatTsvTable(string path, List<string> rowDimensions, string timeDimension, List<(string, int)> periods)
    {
        _path = path;
        _rowDimensions = rowDimensions;
        _timeDimension = timeDimension;
        _periods = periods;
    }

    public static EurostatTsvTable? Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Length == 0)
        {
            diagnostics.Add(Diagnostic.Error("no-data", Messages.Format("tsv.empty"), new SourceSpan(path, 1, 1)));
            return null;
        }

        var header = lines[0].Split('\t');
        // Eurostat's own help page prints the header with a forward slash (GEO/TIME_PERIOD); its files have a backslash.
        var slash = header[0].LastIndexOf('\\') is var back and >= 0 ? back : header[0].LastIndexOf('/');
        if (slash < 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.no-backslash", ("cell", SafeText.Excerpt(header[0]))), new SourceSpan(path, 1, 1)));
            return null;
        }

        var rowDimensions = header[0][..slash].Split(',').Select(d => d.Trim()).ToList();
        var time = header[0][(slash + 1)..].Trim();
        if (rowDimensions.Any(d => d.Length == 0) || time.Length == 0 || header.Length < 2)
        {
            diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.bad-header", ("cell", SafeText.Excerpt(header[0]))), new SourceSpan(path, 1, 1)));
            return null;
        }

        var periods = new List<(string, int)>();
        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var column = header[0].Length + 2;
        foreach (var cell in header.Skip(1))
        {
            if (cell.Trim().Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.empty-period"), new SourceSpan(path, 1, column)));
                return null;
            }

            if (!firstColumn.TryAdd(cell.Trim(), column))
            {
                diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.repeated-period", ("period", SafeText.Excerpt(cell.Trim())), ("column", firstColumn[cell.Trim()])), new SourceSpan(path, 1, column)));
                return null;
            }

            periods.Add((cell.Trim(), column));
            column += cell.Length + 1;
        }

        var table = new EurostatTsvTable(path, rowDimensions, time, periods);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                table.ReadRow(lines[i], i + 1, header.Length, diagnostics);
            }
        }

        if (table._rows.Count == 0 && !diagnostics.Any(d => d.Severity == Severity.Error))
        {
            diagnostics.Add(Diagnostic.Error("no-data", Messages.Format("tsv.no-rows"), new SourceSpan(path, 1, 1)));
            return null;
        }

        return table;
    }

    private void ReadRow(string line, int number, int width, List<Diagnostic> diagnostics)
    {
        var fields = line.Split('\t');
        if (fields.Length != width)
        {
            diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.row-width", ("found", fields.Length), ("expected", width)), new SourceSpan(_path, number, 1)));
            return;
        }

        var codes = fields[0].Split(',').Select(c => c.Trim()).ToArray();
        if (codes.Length != _rowDimensions.Count || codes.Any(c => c.Length == 0))
        {
            diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.row-codes", ("found", SafeText.Excerpt(fields[0])), ("dimensions", string.Join(",", _rowDimensions))), new SourceSpan(_path, number, 1)));
            return;
        }

        var cells = new List<CubeCell>();
        var column = fields[0].Length + 2;
        for (var p = 0; p < _periods.Count; p++)
        {
            var field = fields[p + 1];
            if (EurostatTsvCell.Read(field, new SourceSpan(_path, number, column), diagnostics) is { } cell)
            {
                cells.Add(cell);
            }

            column += field.Length + 1;
        }

        if (cells.Count == _periods.Count && !_lines.TryAdd(string.Join(",", codes), number))
        {
            diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.repeated-row", ("codes", SafeText.Excerpt(string.Join(",", codes))), ("line", _lines[string.Join(",", codes)])), new SourceSpan(_path, number, 1)));
        }
        else if (cells.Count == _periods.Count)
        {
            _rows.Add((codes, number, cells));
        }
    }

    /// <summary>
    /// What <c>inspect</c> reports, without spreading the rows into a cube: a bulk file is sparse
    /// (Eurostat leaves out a series without any figure), and the product of its dimensions' sizes
    /// may pass the cube limit by far while its rows do not. The cells are the file's own: rows
    /// times period columns; <see cref="CubeSummary.Span"/> is the product of the sizes.
    /// </summary>
    public CubeSummary Summary(string format, string label)
    {
        var dimensions = Dimensions();
        var cells = _rows.SelectMany(r => r.Cells).ToList();
        return new CubeSummary(format, label, dimensions, _timeDimension, null, (long)_rows.Count * _periods.Count,
            cells.Count(c => c.Value is not null), cells.Count, Counts(cells.Select(c => c.Status).OfType<string>()), Counts(cells.SelectMany(c => c.Flags)))
        {
            Span = dimensions.Aggregate(1L, (product, d) => d.Size == 0 || product <= long.MaxValue / d.Size ? product * d.Size : long.MaxValue),
            Rows = _rows.Count,
            Combinations = Counts(cells.Select(AsWritten).OfType<string>()),
        };
    }

    /// <summary>A cell's symbol and flags as one notation, the letters together as Eurostat writes them (<c>: c</c>, <c>bep</c>); null for a bare number.</summary>
    private static string? AsWritten(CubeCell cell) =>
        (cell.Status, cell.Flags.Count) switch
        {
            (null, 0) => null,
            (null, _) => string.Concat(cell.Flags),
            ({ } status, 0) => status,
            ({ } status, _) => status + " " + string.Concat(cell.Flags),
        };

    private static IReadOnlyDictionary<string, int> Counts(IEnumerable<string> symbols) =>
        symbols.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The row dimensions with their codes in the order first met, then time with the periods of the header.</summary>
    private List<Dimension> Dimensions()
    {
        var dimensions = _rowDimensions.Select((id, d) => new Dimension(id, id, _rows.Select(r => r.Codes[d]).Distinct(StringComparer.Ordinal).Select(c => new Category(c, c)).ToList())).ToList();
        dimensions.Add(new Dimension(_timeDimension, _timeDimension, _periods.Select(p => new Category(p.Period, p.Period)).ToList()) { Where = new SourceSpan(_path, 1, _periods[0].Column) });
        return dimensions;
    }

    /// <summary>The cube: the row dimensions with their codes in the order first met, then time, which varies fastest.</summary>
    public DataCube? ToCube(string format, string label, List<Diagnostic> diagnostics)
    {
        var dimensions = Dimensions();
        if (!CubeShape.Check(dimensions, _ => new SourceSpan(_path, 1, 1), diagnostics))
        {
            return null;
        }

        var cells = new CubeCell?[dimensions.Aggregate(1, (product, d) => product * d.Size)];
        foreach (var (rowCodes, line, rowCells) in _rows)
        {
            var positions = rowCodes.Select((c, d) => dimensions[d].IndexOf(c)).ToList();
            var start = DataCube.IndexOf(dimensions, [.. positions, 0]);
            var codeSpans = CodeSpans(rowCodes, line);
            for (var p = 0; p < rowCells.Count; p++)
            {
                cells[start + p] = rowCells[p] with { Codes = [.. rowCodes, _periods[p].Period], CodesWhere = [.. codeSpans, new SourceSpan(_path, 1, _periods[p].Column)] };
            }
        }

        return new DataCube(format, label, dimensions, cells, _timeDimension, null, new SourceSpan(_path, 1, 1));
    }

    /// <summary>Where each code of a row is written in its first cell.</summary>
    private List<SourceSpan> CodeSpans(string[] rowCodes, int line)
    {
        var spans = new List<SourceSpan>();
        var column = 1;
        foreach (var code in rowCodes)
        {
            spans.Add(new SourceSpan(_path, line, column));
            column += code.Length + 1;
        }

        return spans;
    }
}

namespace AnnualReport.Tests.Disclosure;

/// <summary>A plain comma-separated file with a header row (the edition's geography and municipal data files hold no quoted commas).</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Get(string[] row, string column) => row[_columns[column]];

    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToList();
        var header = lines[0].TrimStart('\ufeff').Split(',');
        return new CsvTable(header, lines.Skip(1).Select(line => line.Split(',')).ToList());
    }
}

namespace AnnualReport.Data;

/// <summary>One data row and the line of the file it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    public string Field(int index) => index >= 0 && index < Fields.Count ? Fields[index].Trim() : string.Empty;

    /// <summary>The sheet column of each field, for rows read from a spreadsheet; null for CSV.</summary>
    public IReadOnlyList<int>? Columns { get; init; }

    /// <summary>The 1-based character column where field <paramref name="index"/> starts, for unquoted rows; a spreadsheet row's column number.</summary>
    public int ColumnOf(int index)
    {
        if (Columns is { } columns)
        {
            return index >= 0 && index < columns.Count ? columns[index] : 1;
        }

        var column = 1;
        for (var i = 0; i < index && i < Fields.Count; i++)
        {
            column += Fields[i].Length + 1;
        }

        return column;
    }
}

namespace AnnualReport.Data;

/// <summary>One data row and the line of the file it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    public string Field(int index) => index >= 0 && index < Fields.Count ? Fields[index].Trim() : string.Empty;

    /// <summary>The 1-based column where each field starts: its character column in a CSV line (its opening quote, if quoted), its column in a sheet.</summary>
    public IReadOnlyList<int>? Columns { get; init; }

    /// <summary>The 1-based column where field <paramref name="index"/> starts; without <see cref="Columns"/>, counted as if no field were quoted.</summary>
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

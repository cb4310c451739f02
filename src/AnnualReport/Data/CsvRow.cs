namespace AnnualReport.Data;

/// <summary>One data row and the line of the file it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    public string Field(int index) => index >= 0 && index < Fields.Count ? Fields[index].Trim() : string.Empty;

    /// <summary>The 1-based character column where field <paramref name="index"/> starts, for unquoted rows.</summary>
    public int ColumnOf(int index)
    {
        var column = 1;
        for (var i = 0; i < index && i < Fields.Count; i++)
        {
            column += Fields[i].Length + 1;
        }

        return column;
    }
}

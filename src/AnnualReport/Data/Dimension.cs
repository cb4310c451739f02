namespace AnnualReport.Data;

/// <summary>One dimension of a data cube, its categories in the file's order.</summary>
public sealed record Dimension(string Id, string Label, IReadOnlyList<Category> Categories)
{
    public int Size => Categories.Count;

    /// <summary>Where the dimension's categories are written (a PX file's CODES or VALUES, a JSON-stat dimension); null when each cell names its own code (CSV, sheet).</summary>
    public Model.SourceSpan? Where { get; init; }

    /// <summary>The position of a category code, or -1.</summary>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}

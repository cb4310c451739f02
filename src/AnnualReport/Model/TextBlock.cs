namespace AnnualReport.Model;

/// <summary>
/// A piece of curated text (Markdown with helpers such as <c>{{value "sysselsetting" group="innvandrere"}}</c>)
/// and where it starts, so a problem inside it can be reported at its own line and column.
/// </summary>
/// <param name="Where">The first character of the text in the file.</param>
/// <remarks>YAML block scalars (<c>|</c>) strip one common indentation, so every line of the text starts at the column of <see cref="Where"/>.</remarks>
public sealed record TextBlock(string Markdown, SourceSpan Where)
{
    /// <summary>
    /// In a draft, the language of a block that stands in for a missing translation (the main
    /// language's block); null for a block in the language it is shown in.
    /// </summary>
    public string? Fallback { get; init; }

    /// <summary>The file position of character <paramref name="offset"/> of the text.</summary>
    public SourceSpan At(int offset)
    {
        // The line starts are found once per text, so a text with thousands of problems is
        // reported in linear time, not by counting from the start for each one.
        var starts = LineStarts.GetValue(Markdown, Index);
        var line = Array.BinarySearch(starts, offset);
        line = line >= 0 ? line : ~line - 1;
        return Where with { Line = Where.Line + line, Column = Where.Column + (offset - starts[line]) };
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, int[]> LineStarts = new();

    private static int[] Index(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }
}

namespace AnnualReport.Model;

/// <summary>
/// A piece of curated text (Markdown with helpers such as <c>{{value "sysselsetting" group="innvandrere"}}</c>)
/// and where it starts, so a problem inside it can be reported at its own line and column.
/// </summary>
/// <param name="Where">The first character of the text in the file.</param>
/// <remarks>YAML block scalars (<c>|</c>) strip one common indentation, so every line of the text starts at the column of <see cref="Where"/>.</remarks>
public sealed record TextBlock(string Markdown, SourceSpan Where)
{
    /// <summary>The file position of character <paramref name="offset"/> of the text.</summary>
    public SourceSpan At(int offset)
    {
        var line = Markdown.AsSpan(0, offset).Count('\n');
        var lineStart = offset == 0 ? 0 : Markdown.LastIndexOf('\n', offset - 1) + 1;
        return Where with { Line = Where.Line + line, Column = Where.Column + (offset - lineStart) };
    }
}

namespace AnnualReport.Model;

/// <summary>Where something was read: file, 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for a whole file when no line is known (a missing file, say).</summary>
    public static SourceSpan ForFile(string file) => new(file, 0, 0);

    /// <summary>The line and column of character <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static SourceSpan At(string file, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourceSpan(file, line, index - lineStart + 1);
    }

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}

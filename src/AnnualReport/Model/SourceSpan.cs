namespace AnnualReport.Model;

/// <summary>Where something was read: file, 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for a whole file when no line is known (a missing file, say).</summary>
    public static SourceSpan ForFile(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}

using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Collects JSON-stat problems. The JSON parser knows no positions after parsing, so a problem
/// is placed on the first line where its key appears in the file.
/// </summary>
internal sealed class JsonStatErrors(string path, string text, List<Diagnostic> diagnostics)
{
    public bool Failed { get; private set; }

    public void Add(string message, string? key)
    {
        Failed = true;
        diagnostics.Add(Diagnostic.Error("bad-json-stat", message, key is null ? new SourceSpan(path, 1, 1) : At(key)));
    }

    /// <summary>The position of the first occurrence of <paramref name="token"/>, or the file's start.</summary>
    public SourceSpan At(string token)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        if (index < 0)
        {
            return new SourceSpan(path, 1, 1);
        }

        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourceSpan(path, line, index - lineStart + 1);
    }
}

using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Collects JSON-stat problems. The JSON parser knows no positions after parsing, so a problem
/// is placed on the first line where its key appears in the file.
/// </summary>
internal sealed class JsonStatErrors(string path, string text, List<Diagnostic> diagnostics)
{
    public bool Failed { get; private set; }

    public string Path => path;

    public string Text => text;

    public List<Diagnostic> Diagnostics => diagnostics;

    public void Add(string message, string? member) => Add("bad-json-stat", message, member);

    /// <summary>A problem with a code of its own (a value that is no finite number, too many cells).</summary>
    public void Add(string code, string message, string? member)
    {
        Failed = true;
        diagnostics.Add(Diagnostic.Error(code, message, member is null ? new SourceSpan(path, 1, 1) : At(member)));
    }

    /// <summary>
    /// The position of the first member named <paramref name="member"/> (the name followed by a
    /// colon, so that a string value such as PxWeb's <c>"show": "value"</c> does not count), or the file's start.
    /// </summary>
    public SourceSpan At(string member)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, "\"" + System.Text.RegularExpressions.Regex.Escape(member) + "\"\\s*:");
        if (!match.Success)
        {
            return new SourceSpan(path, 1, 1);
        }

        return SourceSpan.At(path, text, match.Index);
    }
}

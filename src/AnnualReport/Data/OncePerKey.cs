using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Adds an error once per key: a wrong code in a table of thousands of cells is one problem, not
/// thousands of lines.
/// </summary>
internal sealed class OncePerKey(List<Diagnostic> diagnostics)
{
    private readonly HashSet<(string, string)> _seen = [];

    public int Count { get; private set; }

    public void Add(string code, string message, SourceSpan where, string? key = null)
    {
        if (_seen.Add((code, key ?? message)))
        {
            diagnostics.Add(Diagnostic.Error(code, message, where));
            Count++;
        }
    }
}

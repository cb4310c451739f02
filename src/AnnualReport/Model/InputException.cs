namespace AnnualReport.Model;

/// <summary>
/// Thrown by a pipeline stage when the input cannot be used. Carries every diagnostic found,
/// so one run reports all problems; the command line prints them and exits with code 2.
/// </summary>
public sealed class InputException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public InputException(Diagnostic diagnostic) : this([diagnostic])
    {
    }
}

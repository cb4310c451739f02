namespace AnnualReport.Model;

/// <summary>
/// One problem found in the input, printed as <c>file(line,col): error CODE: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Where)
{
    public static Diagnostic Error(string code, string message, SourceSpan where) =>
        new(Severity.Error, code, message, where);

    public static Diagnostic Warning(string code, string message, SourceSpan where) =>
        new(Severity.Warning, code, message, where);

    /// <summary>One line for a terminal or a log: no control characters from the input get through.</summary>
    public override string ToString() =>
        $"{SafeText.Printable(Where.ToString())}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {SafeText.Printable(Message).Replace("\n", " ", StringComparison.Ordinal)}";
}

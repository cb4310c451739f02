using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>A browser step that did not finish within the print timeout: a machine problem (exit code 3), tried again once before it is reported.</summary>
public sealed class PrintTimeoutException(string message, Exception inner) : EnvironmentException(message, inner);

namespace AnnualReport.Model;

/// <summary>How serious a diagnostic is. Errors stop a build; warnings are listed.</summary>
public enum Severity
{
    Warning,
    Error,
}

namespace AnnualReport.Publishing;

/// <summary>
/// How long the browser may take for one step (start, load a document, print it) before the step
/// is given up, and how often a step that timed out is tried again with a fresh page.
/// </summary>
public sealed record PrintSettings(TimeSpan Timeout, int Retries = 1)
{
    /// <summary>Two minutes: a loaded two-core machine prints the 60-page publication in well under one.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public static PrintSettings Default { get; } = new(DefaultTimeout);
}

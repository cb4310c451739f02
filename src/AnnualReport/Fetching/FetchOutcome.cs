namespace AnnualReport.Fetching;

/// <summary>
/// What fetching one file did: its status, what changed in the figures (when it was replaced), the
/// record written, and for a failure one line saying why and whether the catalogue was at fault.
/// </summary>
public sealed record FetchOutcome(FetchJob Job, FetchStatus Status, CubeDiff? Diff, FetchRecord? Record, string? Failure, bool InputFailure = false);

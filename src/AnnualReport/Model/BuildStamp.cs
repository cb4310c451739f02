namespace AnnualReport.Model;

/// <summary>
/// What tells two builds apart: the edition, the build date (given, or today), a short fingerprint
/// of every input file, and whether it is a draft for reviewers.
/// </summary>
public sealed record BuildStamp(int Edition, DateOnly Date, string Fingerprint, bool Draft);

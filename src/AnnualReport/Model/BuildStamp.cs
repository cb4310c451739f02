namespace AnnualReport.Model;

/// <summary>
/// What tells two builds apart: the edition, the build date (given, or today), a short fingerprint
/// of every input file, and whether it is a draft for reviewers. A draft may carry its number
/// (<see cref="Label"/>) and the fingerprint of the earlier build its changes are marked against
/// (<see cref="Since"/>).
/// </summary>
public sealed record BuildStamp(int Edition, DateOnly Date, string Fingerprint, bool Draft)
{
    /// <summary>The draft's number ("3"), given with <c>--draft-label</c> or counted on from the earlier draft.</summary>
    public string? Label { get; init; }

    /// <summary>The fingerprint of the build named by <c>--since</c>, when its changes are marked.</summary>
    public string? Since { get; init; }
}

namespace AnnualReport.Fetching;

/// <summary>
/// What changed in the figures between the file there was and the one fetched: how many cells
/// were added, removed and changed, and the first changes cell by cell.
/// </summary>
public sealed record CubeDiff(int Added, int Removed, int Changed, IReadOnlyList<CellChange> Examples)
{
    public bool IsEmpty => Added == 0 && Removed == 0 && Changed == 0;
}

using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// The requests one table needs: the selection cut into parts that each stay within the API's
/// cells per query, all parts cut along <see cref="SplitDimension"/> (null when there is one part).
/// </summary>
public sealed record QueryPlan(IReadOnlyList<IReadOnlyList<FetchSelection>> Parts, string? SplitDimension, long Cells);

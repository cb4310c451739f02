namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// The (n, d) pairs a published rate and interval allow, as far as the search went: it stops once
/// two different counts and two different denominators have been seen.
/// </summary>
internal sealed record CountCandidates(int Found, IReadOnlyList<(int N, int D)> Examples, int DistinctN, int DistinctD)
{
    /// <summary>Every candidate has the same count, or the same denominator: the figure gives it away.</summary>
    public bool Recovered => Found > 0 && (DistinctN == 1 || DistinctD == 1);

    public override string ToString() => Found == 0
        ? "no candidate"
        : $"{Found} candidate(s), {(DistinctN == 1 ? "one n" : "several n")}, {(DistinctD == 1 ? "one d" : "several d")}, e.g. "
          + string.Join(" ", Examples.Take(4).Select(c => $"{c.N}/{c.D}"));
}

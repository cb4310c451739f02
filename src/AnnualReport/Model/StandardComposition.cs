namespace AnnualReport.Model;

/// <summary>
/// The composition a rate is re-weighted to: the shares of <see cref="Group"/> across the
/// categories of <see cref="Breakdown"/> in <see cref="Year"/>, taken from the denominators.
/// </summary>
public sealed record StandardComposition(string Breakdown, string Group, int Year);

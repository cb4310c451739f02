namespace AnnualReport.Tests.Disclosure;

/// <summary>A published region as a weighted sum of unknowns: its count is Σ w·n, its denominator Σ w·d.</summary>
internal sealed record Combination(IReadOnlyDictionary<int, double> Weights, double Denominator, double TrueNumerator)
{
    public bool IsEmpty => Weights.Count == 0;
}

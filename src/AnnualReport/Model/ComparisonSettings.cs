namespace AnnualReport.Model;

/// <summary>How the many comparisons on one fact sheet are controlled together.</summary>
public enum MultipleTesting
{
    /// <summary>Benjamini–Hochberg: the expected share of false "significant" among those flagged is at most the level.</summary>
    BenjaminiHochberg,

    /// <summary>Bonferroni: the chance of even one false "significant" on the sheet is at most the level.</summary>
    Bonferroni,

    /// <summary>No control: each comparison at the level on its own.</summary>
    None,
}

/// <summary>
/// The rule for comparing a municipality (or county) with the rest of the country (the catalogue's
/// <c>municipalities.comparison:</c>): a two-sided two-proportion test at <paramref name="Level"/>,
/// the p-values of one region and year controlled together by <paramref name="Method"/>.
/// </summary>
public sealed record ComparisonSettings(double Level, MultipleTesting Method)
{
    public static ComparisonSettings Default { get; } = new(0.05, MultipleTesting.BenjaminiHochberg);

    /// <summary>The catalogue's names for <see cref="MultipleTesting"/>.</summary>
    public static IReadOnlyDictionary<string, MultipleTesting> Methods { get; } = new Dictionary<string, MultipleTesting>(StringComparer.Ordinal)
    {
        ["benjaminiHochberg"] = MultipleTesting.BenjaminiHochberg,
        ["bonferroni"] = MultipleTesting.Bonferroni,
        ["none"] = MultipleTesting.None,
    };
}

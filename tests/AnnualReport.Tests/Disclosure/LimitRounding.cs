namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// How the publication rounds interval limits, as the attacker reads it: limits shown as whole
/// units have the lower limit rounded down and the upper rounded up; limits shown with decimals
/// are rounded conventionally (half-even or half away from zero, both accepted).
/// </summary>
internal static class LimitRounding
{
    private const double Noise = 1e-9;

    public static bool LowerMatches(double exact, PublishedNumber shown) => shown.Decimals == 0
        ? shown.Value <= exact + Noise && exact < shown.Value + 1 + Noise
        : Conventional(exact, shown);

    public static bool UpperMatches(double exact, PublishedNumber shown) => shown.Decimals == 0
        ? shown.Value >= exact - Noise && exact > shown.Value - 1 - Noise
        : Conventional(exact, shown);

    /// <summary>Rounds to the shown value under either tie rule: within half a unit, ties included.</summary>
    public static bool Conventional(double exact, PublishedNumber shown) => Math.Abs(exact - shown.Value) <= shown.HalfUnit + Noise * Math.Max(1, Math.Abs(exact));
}

namespace AnnualReport.Tests.Disclosure;

/// <summary>What the attack learnt about one region's count in one table (a hidden one, or a published one as a check): the range it is confined to, null if the published figures contradict each other.</summary>
internal sealed record CountBounds(RateTable Table, RegionLevel Level, string Region, string Sources, Combination Cell, (double Low, double High)? Bounds)
{
    public double Width => Bounds is { } b ? b.High - b.Low : double.NaN;

    public override string ToString() =>
        $"{Table} {Level} {Region}: true n/d = {Cell.TrueNumerator:0.##}/{Cell.Denominator:0.##}, attacker's bounds "
        + (Bounds is { } b ? $"[{b.Low:0.###}, {b.High:0.###}] (width {Width:0.###})" : "none (infeasible)")
        + $" — shown as {Sources}";
}

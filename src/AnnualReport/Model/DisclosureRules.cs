namespace AnnualReport.Model;

/// <summary>
/// Small-number rules for figures that come with numerator and denominator (the catalogue's
/// <c>disclosure:</c>). Defaults follow FHI's and SSB's practice: hide a cell when the numerator,
/// the denominator or their difference is 3 or less.
/// </summary>
/// <param name="MinCount">A count at or below this is suppressed (<c>:</c>).</param>
/// <param name="MaxIntervalWidth">A proportion whose 95 % Wilson interval is wider than this, in percentage points, is too uncertain (<c>..</c>).</param>
/// <param name="Protection">
/// The protection width in persons: no hidden count may be narrowed by anything published to an
/// interval narrower than this (or than 0 to its denominator, when the denominator is smaller).
/// </param>
public sealed record DisclosureRules(int MinCount, double MaxIntervalWidth, int Protection)
{
    public static DisclosureRules Default { get; } = new(3, 20, 4);
}

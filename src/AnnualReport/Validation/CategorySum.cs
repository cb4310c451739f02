using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// The rule behind <c>inconsistent-total</c>: the parts of a total (the categories of a breakdown,
/// the counties of the country, the municipalities of a county) may add up to less than the total
/// (unknown or unlisted categories), never to more. A count is compared by its value, a share by
/// its numerators and its denominators. A source that rounds each count may be off by its
/// rounding in every part, so the parts may exceed the total by rounding × parts.
/// </summary>
internal static class CategorySum
{
    /// <summary>Most parts named in one message; the largest come first.</summary>
    private const int NamedParts = 12;

    /// <param name="parts">What the parts are, as a phrase: "the categories of landbakgrunn for innvandrere 2023".</param>
    /// <param name="totalName">What the total is: "the total", "the country (0)".</param>
    public static void Check(Indicator indicator, Observation total, IReadOnlyList<(string Name, Observation Figure)> categories, string parts, string totalName, List<Diagnostic> found)
    {
        if (indicator.Unit == Unit.Count)
        {
            Compare(indicator, total, categories, o => o.Value, parts, totalName, found);
        }

        Compare(indicator, total, categories, o => o.Numerator, Messages.Format("consistency.numerators", ("parts", parts)), Messages.Format("consistency.numerator", ("total", totalName)), found);
        Compare(indicator, total, categories, o => o.Denominator, Messages.Format("consistency.denominators", ("parts", parts)), Messages.Format("consistency.denominator", ("total", totalName)), found);
    }

    private static void Compare(Indicator indicator, Observation total, IReadOnlyList<(string Name, Observation Figure)> categories, Func<Observation, double?> count, string parts, string totalName, List<Diagnostic> found)
    {
        if (count(total) is not { } whole)
        {
            return;
        }

        var given = categories.Where(c => count(c.Figure).HasValue).Select(c => (c.Name, Count: count(c.Figure)!.Value, c.Figure.Where)).ToList();
        var sum = given.Sum(c => c.Count);
        var tolerance = indicator.Data.Rounding * given.Count;

        // A relative margin as well, for figures that are not whole numbers.
        if (given.Count == 0 || sum <= whole + tolerance + 1e-9 * Math.Max(1, Math.Abs(whole)))
        {
            return;
        }

        var rounding = tolerance > 0 ? Messages.Format("consistency.with-rounding", ("rounding", Number(indicator.Data.Rounding)), ("tolerance", Number(tolerance)), ("n", given.Count)) : string.Empty;
        var files = given.Select(c => c.Where.File).Distinct().ToList();
        var file = files.Count == 1 ? files[0] : null;
        var elsewhere = file is not null && file != total.Where.File ? Messages.Format("consistency.elsewhere", ("file", file)) : string.Empty;
        var named = given.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(NamedParts)
            .Select(c => $"{c.Name} {Number(c.Count)} ({Place(c.Where, file)})");
        var more = given.Count > NamedParts ? Messages.Format("consistency.more", ("n", given.Count - NamedParts)) : string.Empty;
        found.Add(Diagnostic.Error(
            "inconsistent-total",
            Messages.Format("consistency.too-large", ("parts", parts), ("sum", Number(sum)), ("total", totalName), ("whole", Number(whole)), ("rounding", rounding), ("indicator", indicator.Id), ("elsewhere", elsewhere), ("named", string.Join(", ", named)), ("more", more)),
            total.Where));
    }

    /// <summary>Where a part was read: its line and column when every part is in one file, else the whole position.</summary>
    private static string Place(SourceSpan part, string? file) =>
        part.File == file && part.Line > 0 ? Messages.Format("consistency.place", ("line", part.Line), ("column", part.Column)) : part.ToString();

    /// <summary>The UI language's digits, with an ordinary space between thousands in bokmål, so that terminals show it.</summary>
    internal static string Number(double value) =>
        Messages.Number(value, "#,0.##").Replace('\u00a0', ' ').Replace('\u202f', ' ');
}

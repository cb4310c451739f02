using System.Globalization;
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
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>Most parts named in one message; the largest come first.</summary>
    private const int NamedParts = 12;

    /// <param name="parts">What the parts are, as a phrase: "kategoriene i landbakgrunn for innvandrere 2023".</param>
    /// <param name="totalName">What the total is: "totalen", "landet (0)".</param>
    public static void Check(Indicator indicator, Observation total, IReadOnlyList<(string Name, Observation Figure)> categories, string parts, string totalName, List<Diagnostic> found)
    {
        if (indicator.Unit == Unit.Count)
        {
            Compare(indicator, total, categories, o => o.Value, parts, totalName, found);
        }

        Compare(indicator, total, categories, o => o.Numerator, "tellerne for " + parts, "telleren for " + totalName, found);
        Compare(indicator, total, categories, o => o.Denominator, "nevnerne for " + parts, "nevneren for " + totalName, found);
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

        var rounding = tolerance > 0 ? $" også med avrundingen (data.rounding: {Number(indicator.Data.Rounding)}, opptil {Number(tolerance)} for {given.Count} kategorier)" : string.Empty;
        var files = given.Select(c => c.Where.File).Distinct().ToList();
        var file = files.Count == 1 ? files[0] : null;
        var elsewhere = file is not null && file != total.Where.File ? $"; de står i {file}" : string.Empty;
        var named = given.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(NamedParts)
            .Select(c => $"{c.Name} {Number(c.Count)} ({Place(c.Where, file)})");
        var more = given.Count > NamedParts ? $" og {given.Count - NamedParts} til" : string.Empty;
        found.Add(Diagnostic.Error(
            "inconsistent-total",
            $"{parts} er til sammen {Number(sum)}, mer enn {totalName} {Number(whole)}{rounding} i «{indicator.Id}»{elsewhere}: {string.Join(", ", named)}{more}",
            total.Where));
    }

    /// <summary>Where a part was read: its line and column when every part is in one file, else the whole position.</summary>
    private static string Place(SourceSpan part, string? file) =>
        part.File == file && part.Line > 0 ? $"linje {part.Line}, kolonne {part.Column}" : part.ToString();

    /// <summary>nb-NO digits with an ordinary space between thousands, so that terminals show it.</summary>
    internal static string Number(double value) =>
        value.ToString("#,0.##", Norwegian).Replace('\u00a0', ' ');
}

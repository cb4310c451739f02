using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Model;

/// <summary>
/// A period code from a data file: a year ("2023", or "2021-2023" for the last year of a span), a
/// quarter ("2004Q1", SSB's Norwegian "2004K1", Eurostat's SDMX "2004-Q1"), a month ("2004M01",
/// "2004-01") or a half-year ("2004H1"; Eurostat's semester "2004S1", "2004-S1").
/// <see cref="PerYear"/> is 1 for a year, 4 for quarters, 12 for months, 2 for halves;
/// <see cref="Index"/> is the period within its year, from 1. Weeks ("2020-W01") and days
/// ("2020-01-15"), which Eurostat also publishes, are no <see cref="PeriodCode"/>: a publication
/// of yearly indicators has no use for them, and <see cref="IsWeekOrDay"/> lets a reader say so.
/// </summary>
public sealed partial record PeriodCode(int Year, int PerYear, int Index)
{
    public bool IsAnnual => PerYear == 1;

    public static PeriodCode? Parse(string code)
    {
        var text = code.Trim();
        if (Annual().Match(text) is { Success: true } annual)
        {
            return new PeriodCode(Number(annual, "year"), 1, 1);
        }

        var sub = SubAnnual().Match(text);
        if (!sub.Success)
        {
            return null;
        }

        var perYear = sub.Groups["f"].Success ? PerYearOf(sub.Groups["f"].Value[0]) : 12;
        var index = Number(sub, "n");
        return index >= 1 && index <= perYear ? new PeriodCode(Number(sub, "year"), perYear, index) : null;
    }

    /// <summary>A period within any year, as <c>period: {pick: …}</c> names it: "Q4", "K4", "M12", "M1", "H2".</summary>
    public static (int PerYear, int Index)? Within(string code) =>
        Parse("2000" + code.Trim()) is { IsAnnual: false } period ? (period.PerYear, period.Index) : null;

    /// <summary>True for a week ("2020-W01", "2020W01") or a day ("2020-01-15") as Eurostat writes them.</summary>
    public static bool IsWeekOrDay(string code) => WeekOrDay().IsMatch(code.Trim());

    private static int PerYearOf(char letter) => char.ToUpperInvariant(letter) switch
    {
        'Q' or 'K' => 4,
        'H' or 'S' => 2,
        _ => 12,
    };

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:[0-9]{4}\s*[-–]\s*)?(?<year>[0-9]{4})$")]
    private static partial Regex Annual();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:\s*(?<f>[QqKkMmHhSs])(?<n>[0-9]{1,2})|-(?<f>[QqSsHh])(?<n>[0-9]{1,2})|-(?<n>[0-9]{2}))$")]
    private static partial Regex SubAnnual();

    [GeneratedRegex(@"^[0-9]{4}(?:-?[Ww][0-9]{2}|-[0-9]{2}-[0-9]{2}|[Dd][0-9]{3})$")]
    private static partial Regex WeekOrDay();
}

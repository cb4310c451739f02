using System.Globalization;

namespace AnnualReport.Model;

/// <summary>
/// The time axis of an indicator. A yearly indicator counts in years, so an observation's
/// <see cref="Observation.Year"/> is the year itself. An indicator published by quarter, month or
/// half-year (<c>frequency: quarterly</c>) counts in periods: its "year" is then the period's
/// place on one running axis, year × periods per year + (period − 1), so that every rule that
/// steps through years (changes, trend windows, gaps in a series) steps through periods without a
/// second code path, and a year's span is <see cref="Indicator.PeriodsIn"/> periods.
/// </summary>
public static class PeriodAxis
{
    /// <summary>The place of a period on an axis of <paramref name="perYear"/> periods a year.</summary>
    public static int Ordinal(PeriodCode period, int perYear) =>
        perYear == 1 ? period.Year : (period.Year * perYear) + period.Index - 1;

    /// <summary>The first period of a year on the axis.</summary>
    public static int Start(int year, int perYear) => year * perYear;

    /// <summary>The last period of a year on the axis.</summary>
    public static int End(int year, int perYear) => (year * perYear) + perYear - 1;

    /// <summary>The calendar year a place on the axis falls in.</summary>
    public static int YearOf(int ordinal, int perYear) => perYear == 1 ? ordinal : (int)Math.Floor(ordinal / (double)perYear);

    /// <summary>The period within its year, from 1 (always 1 for a yearly axis).</summary>
    public static int IndexOf(int ordinal, int perYear) => perYear == 1 ? 1 : ordinal - (YearOf(ordinal, perYear) * perYear) + 1;

    /// <summary>
    /// The period as a machine reads it, the same in every language (downloads, analysis.json):
    /// "2024", "2024Q2", "2024M03", "2024H1" (SDMX and Eurostat's letters).
    /// </summary>
    public static string Code(int ordinal, int perYear)
    {
        var year = YearOf(ordinal, perYear).ToString(CultureInfo.InvariantCulture);
        var index = IndexOf(ordinal, perYear);
        return perYear switch
        {
            1 => year,
            4 => $"{year}Q{index}",
            2 => $"{year}H{index}",
            _ => $"{year}M{index.ToString("00", CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>The catalogue's name of a frequency: quarterly, monthly, half-yearly, yearly.</summary>
    public static string Name(int perYear) => perYear switch
    {
        1 => "yearly",
        4 => "quarterly",
        2 => "half-yearly",
        _ => "monthly",
    };
}

using System.Globalization;
using AnnualReport.Model;

namespace AnnualReport.Localization;

/// <summary>
/// Numbers, units, periods and dates as a reader of the language expects them: the culture gives
/// the decimal mark and the thousands separator (nb-NO, nn-NO: "2 772 928,5"; en-GB: "2,772,928.5"),
/// the phrase book gives where the unit goes ("65,8 %", "65.8%") and the date pattern; negative
/// numbers always carry the true minus sign (U+2212), never a hyphen.
/// </summary>
public sealed class Formats(PhraseBook phrases)
{
    /// <summary>The minus sign of every published negative number.</summary>
    public const string Minus = "\u2212";

    public PhraseBook Phrases { get; } = phrases;

    public CultureInfo Culture => Phrases.Culture;

    /// <summary>Rounded half away from zero, as statistics offices round, not to even as .NET does.</summary>
    public string Number(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(rounded).ToString("N" + decimals, Culture);
        return rounded < 0 ? Minus + magnitude : magnitude;
    }

    /// <summary>A whole number (a count, a year span) without decimals.</summary>
    public string Whole(long value) => Number(value, 0);

    /// <summary>A figure with its unit: "65,8 %", "65.8%", "412 000 kr".</summary>
    public string Value(double value, int decimals, Unit unit) => WithUnit(Number(value, decimals), unit);

    /// <summary>A figure or, when it is missing, its status symbol (SSB's <c>..</c> when none is given).</summary>
    public string Cell(double? value, string? status, int decimals) =>
        value is { } v ? Number(v, decimals) : status ?? "..";

    /// <summary>A change with its sign always written (+0,7 / −0,7 / 0,0).</summary>
    public string Signed(double change, int decimals)
    {
        var rounded = Math.Round(change, decimals, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(rounded).ToString("N" + decimals, Culture);
        return rounded > 0 ? "+" + magnitude : rounded < 0 ? Minus + magnitude : magnitude;
    }

    /// <summary>A signed change in the unit changes are measured in (percentage points for shares).</summary>
    public string Change(double change, int decimals, Unit unit) => WithUnit(Signed(change, decimals), ChangeUnit(unit));

    /// <summary>The size of a change or gap, without sign, in the unit changes are measured in.</summary>
    public string Size(double change, int decimals, Unit unit) => WithUnit(Number(Math.Abs(change), decimals), ChangeUnit(unit));

    /// <summary>A number placed in the unit's pattern of the phrase book.</summary>
    public string WithUnit(string number, Unit unit) => Phrases.Get($"common.units.{UnitKey(unit)}.value", ("value", number));

    /// <summary>An axis or column title for the unit ("Prosent", "Percent").</summary>
    public string UnitTitle(Unit unit) => Phrases.Get($"common.units.{UnitKey(unit)}.title");

    /// <summary>A year as written (no thousands separator).</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A span of years with an en dash: 2015–2025.</summary>
    public static string Period(int from, int to) => from == to ? Year(from) : $"{Year(from)}\u2013{Year(to)}";

    /// <summary>
    /// A place on an indicator's time axis as written: the year for a yearly indicator, otherwise the
    /// phrase book's quarter, half-year or month ("2. kv. 2024", "Q2 2024", "mar 2024").
    /// </summary>
    public string When(int place, int perYear)
    {
        if (perYear == 1)
        {
            return Year(place);
        }

        var (year, index) = (Year(PeriodAxis.YearOf(place, perYear)), PeriodAxis.IndexOf(place, perYear));
        return perYear switch
        {
            4 => Phrases.Get("common.periods.quarter", ("year", year), ("index", index)),
            2 => Phrases.Get("common.periods.half", ("year", year), ("index", index)),
            _ => Phrases.Get("common.periods.month", ("year", year), ("month", Phrases.Get($"common.periods.months.{index}"))),
        };
    }

    /// <summary>A span of places on a time axis with an en dash: "2015–2025", "1. kv. 2020–2. kv. 2024".</summary>
    public string Span(int from, int to, int perYear) =>
        perYear == 1 ? Period(from, to) : from == to ? When(from, perYear) : $"{When(from, perYear)}\u2013{When(to, perYear)}";

    /// <summary>A date written out: "1. juni 2025", "1 June 2025" (the pattern is the phrase book's).</summary>
    public string Date(DateOnly date) => date.ToString(Phrases.Get("common.formats.long-date"), Culture);

    /// <summary>A list joined as the language does: "a, b og c" / "a, b and c".</summary>
    /// <param name="literal">Applied to the phrase book's own words (the separator, "og"): the pages escape them for HTML, while the items arrive ready.</param>
    public string List(IReadOnlyList<string> items, Func<string, string>? literal = null)
    {
        literal ??= text => text;
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => Phrases.Get("common.list.and", [("first", string.Join(literal(Phrases.Get("common.list.separator")), items.Take(items.Count - 1))), ("last", items[^1])], literal),
        };
    }

    /// <summary>Changes of shares are in percentage points; other units change in themselves.</summary>
    public static Unit ChangeUnit(Unit unit) => unit == Unit.Percent ? Unit.PercentagePoints : unit;

    /// <summary>The phrase-book name of a unit.</summary>
    public static string UnitKey(Unit unit) => unit switch
    {
        Unit.Percent => "percent",
        Unit.PercentagePoints => "percentage-points",
        Unit.Nok => "nok",
        Unit.PerThousand => "per-thousand",
        _ => "count",
    };
}

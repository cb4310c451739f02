using System.Globalization;
namespace AnnualReport.Model;

/// <summary>
/// Numbers and units as the reader sees them, in the edition's culture (nb-NO: decimal comma,
/// non-breaking space between thousands, a true minus sign).
/// </summary>
public sealed class NumberText(CultureInfo culture)
{
    public CultureInfo Culture { get; } = culture;

    /// <summary>Rounded half away from zero, as statistics offices round, not to even as .NET does.</summary>
    public string Value(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Culture);

    /// <summary>A figure or, when it is missing, its status symbol (SSB's <c>..</c> when none is given).</summary>
    public string Value(double? value, string? status, int decimals) =>
        value is { } v ? Value(v, decimals) : status ?? "..";

    /// <summary>A change with its sign always written (+0,7 / −0,7 / 0,0); an em dash when it cannot be computed.</summary>
    public string Change(double? change, int decimals)
    {
        if (change is not { } c)
        {
            return "–";
        }

        var rounded = Math.Round(c, decimals, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(rounded).ToString("N" + decimals, Culture);
        return rounded > 0 ? "+" + magnitude : rounded < 0 ? Culture.NumberFormat.NegativeSign + magnitude : magnitude;
    }

    /// <summary>The unit written after a value, with a non-breaking space.</summary>
    public static string ValueSuffix(Unit unit) => unit switch
    {
        Unit.Percent => "\u00a0%",
        Unit.PercentagePoints => "\u00a0prosentpoeng",
        Unit.Nok => "\u00a0kr",
        Unit.PerThousand => "\u00a0per 1\u00a0000",
        _ => string.Empty,
    };

    public static string AxisTitle(Unit unit) => unit switch
    {
        Unit.Percent => "Prosent",
        Unit.PercentagePoints => "Prosentpoeng",
        Unit.Nok => "Kroner",
        Unit.PerThousand => "Per 1\u00a0000",
        _ => "Antall",
    };
}

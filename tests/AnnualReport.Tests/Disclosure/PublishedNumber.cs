using System.Globalization;

namespace AnnualReport.Tests.Disclosure;

/// <summary>A number as published, with the decimals it was shown with (what an attacker reads off the page).</summary>
internal readonly record struct PublishedNumber(double Value, int Decimals)
{
    /// <summary>Half of one unit in the last shown decimal: the true figure lies within this of <see cref="Value"/>.</summary>
    public double HalfUnit => 0.5 * Unit;

    public double Unit => Math.Pow(10, -Decimals);

    /// <summary>
    /// Reads nb-NO text ("1 234,5", "−0,3") or invariant text ("1234.5"); thousands separators are
    /// spaces, no-break or thin spaces. Null for symbols and empty cells.
    /// </summary>
    public static PublishedNumber? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A trailing asterisk marks an illustrative figure; it is not part of the number.
        var plain = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202f' && c != '\u2009' && c != '\u00a0').ToArray()).TrimEnd('*')
            .Replace('\u2212', '-')
            .Replace(',', '.');
        if (!double.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var point = plain.IndexOf('.');
        return new PublishedNumber(value, point < 0 ? 0 : plain.Length - point - 1);
    }
}

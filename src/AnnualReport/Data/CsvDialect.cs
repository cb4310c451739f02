using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Data;

/// <summary>
/// How a CSV file separates fields and writes decimals. A tidy CSV uses commas and decimal points
/// (RFC 4180); a CSV saved by Excel in a Norwegian (or other European) locale uses semicolons,
/// because the comma is its decimal mark. The header line tells them apart: semicolons and no
/// comma there mean the Excel kind, whose values may then use a decimal comma (a decimal point is
/// read too).
/// </summary>
internal sealed partial record CsvDialect(char Separator, bool DecimalComma)
{
    public static readonly CsvDialect Tidy = new(',', false);

    public static readonly CsvDialect Excel = new(';', true);

    /// <summary>The dialect of a file, from its header line (quoted parts left out).</summary>
    public static CsvDialect Detect(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = QuotedPart().Replace(end < 0 ? text : text[..end], string.Empty);
        return header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? Excel : Tidy;
    }

    /// <summary>A number as this dialect writes it: 68.2 always; 68,2 where the decimal mark is a comma.</summary>
    public bool TryParse(string text, NumberStyles styles, out double number)
    {
        var invariant = DecimalComma && CommaDecimal().IsMatch(text) ? text.Replace(',', '.') : text;
        return double.TryParse(invariant, styles, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedPart();

    /// <summary>One decimal comma between digits, as 68,2 or -0,5: never a thousands separator (1,234,567 is refused).</summary>
    [GeneratedRegex(@"^[+-]?\d+,\d+$")]
    private static partial Regex CommaDecimal();
}

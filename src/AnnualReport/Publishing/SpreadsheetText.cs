using System.Xml;

namespace AnnualReport.Publishing;

/// <summary>
/// Text for a download cell that no spreadsheet will run as a formula (CSV or formula injection,
/// as OWASP describes it): text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return (or their full-width forms, which some spreadsheets read the same way) gets a
/// leading <c>'</c>. Only text cells: figures are written as numbers and keep their sign.
/// The spreadsheet gets the same mark as the CSV, because readers save it again as CSV.
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralise(string text) => IsRisky(text) ? "'" + text : text;

    /// <summary>
    /// Text an xlsx cell can hold: characters XML 1.0 forbids (control characters other than tab
    /// and line breaks, a half surrogate pair) become U+FFFD instead of stopping the build.
    /// </summary>
    public static string ForXml(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i + 1 < chars.Length && XmlConvert.IsXmlSurrogatePair(chars[i + 1], chars[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether a spreadsheet could read the text as a formula. A lone <c>-</c> is SSB's symbol for
    /// nil in the status column; no spreadsheet reads it as a formula, so it stays as it is.
    /// </summary>
    public static bool IsRisky(string text) =>
        text.Length > 0 && text != "-" && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';
}

using System.Text;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Support;

/// <summary>
/// Reads the bookmark titles of a PDF. poppler 22's pdfinfo cannot list bookmarks, so this reads
/// outline items (dictionaries with a /Title and a /Dest) straight from the file; Chromium writes
/// them uncompressed.
/// </summary>
internal static partial class PdfOutline
{
    public static IReadOnlyList<string> Titles(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        return OutlineItem().Matches(text).Select(m => Decode(m.Groups[1].Value)).ToList();
    }

    private static string Decode(string pdfString)
    {
        if (pdfString.StartsWith("<FEFF", StringComparison.OrdinalIgnoreCase))
        {
            var hex = string.Concat(pdfString[5..^1].Where(char.IsAsciiHexDigit));
            return Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));
        }

        return Regex.Replace(pdfString[1..^1], @"\\(.)", "$1");
    }

    [GeneratedRegex(@"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)\s*/Dest")]
    private static partial Regex OutlineItem();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AnnualReport.Publishing;

/// <summary>
/// Sets the document information (Title, Author, Subject, Keywords) of a PDF that Chromium wrote,
/// which fills in only the title. It appends an incremental update (PDF 1.7, section 7.5.6): a new
/// Info dictionary, a cross-reference section for it and a trailer pointing back to the previous
/// one, so nothing Chromium wrote (the tagged structure, the bookmarks) is touched. The
/// accessibility step (<see cref="PdfAccessibility"/>) runs after it and carries this information
/// into the rewritten file and its XMP packet.
/// </summary>
public static partial class PdfMetadata
{
    public static void Write(string path, PdfInfo info)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var size = int.Parse(Size().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = RootRef().Match(trailer).Value;
        var previous = StartXref().Matches(text)[^1].Groups[1].Value;

        var update = new StringBuilder();
        var objectOffset = bytes.Length + 1;
        update.Append('\n');
        update.Append(CultureInfo.InvariantCulture, $"{size} 0 obj\n<<");
        foreach (var (key, value) in info.Entries)
        {
            update.Append(CultureInfo.InvariantCulture, $"/{key} {PdfString(value)}\n");
        }

        update.Append(">>\nendobj\n");
        var xrefOffset = bytes.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n{size} 1\n{objectOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size + 1}\n{root}\n/Info {size} 0 R\n/Prev {previous}>>\nstartxref\n{xrefOffset}\n%%EOF\n");

        using var file = new FileStream(path, FileMode.Append);
        file.Write(Encoding.Latin1.GetBytes(update.ToString()));
    }

    /// <summary>A PDF text string: UTF-16BE with a byte order mark, in hex, so any letter is kept.</summary>
    private static string PdfString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Root\s+\d+\s+0\s+R")]
    private static partial Regex RootRef();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AnnualReport.Publishing;

/// <summary>
/// Mends what PDFsharp 6.2.4 writes on every save and cannot be told not to: an XMP packet of its
/// own in place of ours (without the PDF/UA identifier, with random document ids), a /ModDate from
/// the clock and a random file /ID. Each is overwritten in place by bytes of the same length, so no
/// offset in the cross-reference table moves: our packet padded with the white space XMP allows,
/// the date blanked to spaces (the dictionary keeps its other entries), the /ID a hash of the file.
/// Same input, same PDF, and the program never reads the clock.
/// </summary>
public static partial class PdfSaveFixup
{
    public static byte[] Apply(byte[] pdf, string xmpPacket)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var output = (byte[])pdf.Clone();
        var catalog = CatalogMetadata().Match(text);
        if (!catalog.Success)
        {
            throw new InvalidDataException("PDFsharp wrote no /Metadata in the catalogue");
        }

        var header = new Regex($@"(?m)^{catalog.Groups[1].Value} 0 obj\s*<<[^>]*/Length (\d+)>>\s*stream\r?\n").Match(text);
        var length = header.Success ? int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var ours = Encoding.UTF8.GetBytes(xmpPacket);
        var end = Encoding.ASCII.GetBytes("<?xpacket end=\"w\"?>");
        if (ours.Length > length)
        {
            throw new InvalidDataException($"the XMP packet ({ours.Length} bytes) does not fit in the one PDFsharp wrote ({length} bytes)");
        }

        var start = header.Index + header.Length;
        var body = ours.AsSpan(0, ours.Length - end.Length);
        body.CopyTo(output.AsSpan(start));
        output.AsSpan(start + body.Length, length - ours.Length).Fill((byte)' ');
        end.CopyTo(output.AsSpan(start + length - end.Length));

        foreach (Match date in ModDate().Matches(text))
        {
            output.AsSpan(date.Index, date.Length).Fill((byte)' ');
        }

        var ids = FileId().Matches(text);
        foreach (Match id in ids)
        {
            output.AsSpan(id.Groups[1].Index, id.Groups[1].Length).Fill((byte)'0');
        }

        var hash = Encoding.ASCII.GetBytes(Convert.ToHexString(SHA256.HashData(output)));
        foreach (Match id in ids)
        {
            hash.AsSpan(0, id.Groups[1].Length).CopyTo(output.AsSpan(id.Groups[1].Index));
        }

        return output;
    }

    [GeneratedRegex(@"/Type/Catalog[^\n]*?/Metadata (\d+) 0 R")]
    private static partial Regex CatalogMetadata();

    [GeneratedRegex(@"/ModDate\(D:[0-9+\-Z']*\)")]
    private static partial Regex ModDate();

    [GeneratedRegex(@"(?<=trailer\s*<<[^>]*?/ID\[(?:<[0-9A-F]{32}>)?)<([0-9A-F]{32})>")]
    private static partial Regex FileId();
}

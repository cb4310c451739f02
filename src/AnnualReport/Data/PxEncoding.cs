using System.Text;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Decodes a PX file by the code page it declares (ISO-8859-1 when it declares none, as the PX
/// specification says), checking that the bytes fit it: UTF-8 must be valid UTF-8, and a file
/// that declares a single-byte code page but is written in UTF-8 is refused, since it would print
/// «Ã¸» for «ø». A UTF-8 byte order mark means UTF-8 whatever is declared.
/// </summary>
internal static partial class PxEncoding
{
    public static string? Decode(byte[] bytes, string display, List<Diagnostic> diagnostics)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var match = CodePage().Match(head);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || head.StartsWith("\u00FF\u00FE", StringComparison.Ordinal) || head.StartsWith("\u00FE\u00FF", StringComparison.Ordinal))
        {
            return Utf8Text.Decode(bytes, display, diagnostics);
        }

        var declared = match.Success ? match.Groups["name"].Value : "iso-8859-1";
        if (CodePages.Find(declared) is not { } encoding)
        {
            var where = match.Success ? SourceSpan.At(display, head, match.Groups["name"].Index) : new SourceSpan(display, 1, 1);
            diagnostics.Add(Diagnostic.Error("bad-encoding", Messages.Format("px.unknown-codepage", ("codepage", SafeText.Excerpt(declared)), ("known", CodePages.Known)), where));
            return null;
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8Text.Decode(bytes, display, diagnostics);
        }

        var firstHigh = bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (firstHigh >= 0 && Utf8Text.FirstInvalid(bytes) < 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-encoding", Messages.Format("px.utf8-not-codepage", ("codepage", SafeText.Excerpt(declared))), Utf8Text.PositionOf(bytes, firstHigh, display)));
            return null;
        }

        if (bytes.AsSpan().IndexOf((byte)0) is var nul and >= 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-encoding", Messages.Format("file.nul"), Utf8Text.PositionOf(bytes, nul, display)));
            return null;
        }

        return encoding.GetString(bytes);
    }

    [GeneratedRegex("CODEPAGE\\s*=\\s*\"(?<name>[^\"\\r\\n]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex CodePage();
}

using System.Text;
using AnnualReport.Localization;

namespace AnnualReport.Data;

/// <summary>
/// The code pages statistics files declare (PX <c>CODEPAGE</c>): UTF-8, and the single-byte ones
/// older files use (ISO-8859-1, ISO-8859-15, Windows-1252, from .NET's code page provider).
/// Any other name is refused rather than guessed, since a wrong guess gives mojibake in print.
/// </summary>
internal static class CodePages
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = "utf-8",
        ["utf8"] = "utf-8",
        ["iso-8859-1"] = "iso-8859-1",
        ["iso8859-1"] = "iso-8859-1",
        ["latin1"] = "iso-8859-1",
        ["iso-8859-15"] = "iso-8859-15",
        ["iso8859-15"] = "iso-8859-15",
        ["latin9"] = "iso-8859-15",
        ["windows-1252"] = "windows-1252",
        ["cp1252"] = "windows-1252",
    };

    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The names accepted, for messages.</summary>
    public static string Known => Messages.Format("px.codepages");

    /// <summary>The encoding for a declared name, or null when it is not one we read.</summary>
    public static Encoding? Find(string name) => Names.TryGetValue(name.Trim(), out var known)
        ? known switch { "utf-8" => Encoding.UTF8, "iso-8859-1" => Encoding.Latin1, _ => Encoding.GetEncoding(known) }
        : null;
}

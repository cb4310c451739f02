using System.Text.RegularExpressions;
using AnnualReport.Localization;

namespace AnnualReport.Model;

/// <summary>
/// The one rule for ids and names from input that become file names, URLs or anchors: plain
/// ASCII letters, digits, <c>-</c> and <c>_</c>, so a name can neither climb out of the output
/// folder, nor need escaping in a URL, nor mean a device on Windows (CON, NUL, COM1 …). Used by
/// the catalogue for indicator, theme and breakdown ids and the PDF name, and meant for every
/// other reader whose codes become files (municipality codes in the municipal pipeline).
/// </summary>
public static partial class SafeName
{
    /// <summary>The longest id; file systems allow 255 bytes, and ids get prefixes and suffixes.</summary>
    public const int MaxIdLength = 64;

    /// <summary>What a safe id looks like, for messages.</summary>
    public static string IdRule => Messages.Format("name.id-rule", ("max", MaxIdLength));

    /// <summary>What a safe id whose first character must be a letter looks like, for messages.</summary>
    public static string IdRuleLetterFirst => Messages.Format("name.id-rule-letter-first", ("max", MaxIdLength));

    /// <summary>True for <c>^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$</c> that is not a Windows device name.</summary>
    public static bool IsSafeId(string? id) => id is not null && Id().IsMatch(id) && !IsReservedDeviceName(id);

    /// <summary>
    /// True for a plain file name ending in <paramref name="extension"/> (such as <c>.pdf</c>):
    /// letters, digits, <c>.</c>, <c>-</c> and <c>_</c>, no folder, no <c>..</c>, not a device name.
    /// </summary>
    public static bool IsSafeFileName(string? name, string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return name is not null
            && name.Length > extension.Length
            && name.EndsWith(extension, StringComparison.Ordinal)
            && FileName().IsMatch(name)
            && !name.Contains("..", StringComparison.Ordinal)
            && !IsReservedDeviceName(name);
    }

    /// <summary>
    /// Windows opens a device, not a file, for these names with any extension (<c>nul.pdf</c>),
    /// in any case.
    /// </summary>
    public static bool IsReservedDeviceName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stem = name.Split('.')[0].TrimEnd(' ');
        return Device().IsMatch(stem);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\z")]
    private static partial Regex Id();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\z")]
    private static partial Regex FileName();

    [GeneratedRegex("^(CON|PRN|AUX|NUL|CLOCK\\$|COM[0-9]|LPT[0-9])\\z", RegexOptions.IgnoreCase)]
    private static partial Regex Device();
}

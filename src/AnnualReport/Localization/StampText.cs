using AnnualReport.Model;

namespace AnnualReport.Localization;

/// <summary>
/// The build stamp as a reader sees it ("Utkast 2025, bygget 1. juni 2025, fingeravtrykk …"), in the
/// page's language; a numbered draft names its number, and one built with <c>--since</c> the
/// fingerprint of the build it was compared with.
/// </summary>
public static class StampText
{
    public static string For(BuildStamp stamp, Formats formats)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(formats);
        var key = !stamp.Draft ? "common.stamp.final"
            : stamp.Label is null ? "common.stamp.draft"
            : stamp.Since is null ? "common.stamp.draft-numbered"
            : "common.stamp.draft-since";
        return formats.Phrases.Get(
            key,
            ("edition", stamp.Edition),
            ("date", formats.Date(stamp.Date)),
            ("fingerprint", stamp.Fingerprint),
            ("label", stamp.Label),
            ("since", stamp.Since));
    }
}

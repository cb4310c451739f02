using AnnualReport.Model;

namespace AnnualReport.Localization;

/// <summary>The build stamp as a reader sees it ("Utkast 2025, bygget 1. juni 2025, fingeravtrykk …"), in the page's language.</summary>
public static class StampText
{
    public static string For(BuildStamp stamp, Formats formats) => formats.Phrases.Get(
        stamp.Draft ? "common.stamp.draft" : "common.stamp.final",
        ("edition", stamp.Edition),
        ("date", formats.Date(stamp.Date)),
        ("fingerprint", stamp.Fingerprint));
}

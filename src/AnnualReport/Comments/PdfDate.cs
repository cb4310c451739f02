using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Comments;

/// <summary>
/// A PDF date (<c>D:YYYYMMDDHHmmSSOHH'mm'</c>, every part after the year optional) as an ISO 8601
/// date-time. Readers write these loosely (no <c>D:</c>, no apostrophes, a trailing apostrophe),
/// so the parse is tolerant; what is still no date gives null rather than a wrong one.
/// </summary>
public static partial class PdfDate
{
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = Pattern().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        int Part(string name, int otherwise) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : otherwise;
        var (year, month, day) = (Part("year", 0), Part("month", 1), Part("day", 1));
        var (hour, minute, second) = (Part("hour", 0), Part("minute", 0), Part("second", 0));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        var zone = match.Groups["zone"].Value;
        if (zone.Length == 0)
        {
            // No time zone given: the reader's local time, which is all the file knows.
            return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        var offset = zone == "Z" ? TimeSpan.Zero : new TimeSpan(Part("zoneHour", 0), Part("zoneMinute", 0), 0) * (zone == "-" ? -1 : 1);
        if (offset.Duration() > TimeSpan.FromHours(14))
        {
            return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return new DateTimeOffset(local, offset).ToString(offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:D:)?(?<year>\d{4})(?<month>\d{2})?(?<day>\d{2})?(?<hour>\d{2})?(?<minute>\d{2})?(?<second>\d{2})?(?:(?<zone>[Zz+-])(?:(?<zoneHour>\d{2})'?(?:(?<zoneMinute>\d{2})'?)?)?)?$")]
    private static partial Regex Pattern();
}

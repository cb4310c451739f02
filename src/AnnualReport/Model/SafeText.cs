using System.Globalization;
using System.Text;

namespace AnnualReport.Model;

/// <summary>
/// Text from input files made safe to print on a terminal or quote in a message: control
/// characters (escape sequences, bell, carriage returns) and bidirectional overrides are shown as
/// visible escapes, and long excerpts are shortened, so a file can neither drive the terminal nor
/// have its contents copied out through an error message.
/// </summary>
public static class SafeText
{
    /// <summary>The longest excerpt of input quoted in a message.</summary>
    public const int ExcerptLength = 60;

    /// <summary>The text with every control or bidi-override character written as <c>\u001B</c>.</summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\n' || c == '\t')
            {
                result.Append(c);
            }
            else if (IsUnsafe(c))
            {
                result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>A short, single-line, printable excerpt of input for a message.</summary>
    public static string Excerpt(string? text, int length = ExcerptLength)
    {
        var line = Printable((text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' '));
        if (line.Length <= length)
        {
            return line;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(line[length - 1]) ? length - 1 : length;
        return line[..cut] + "…";
    }

    /// <summary>
    /// A comma-separated list of ids for a message, at most <paramref name="max"/> of them and each
    /// an excerpt: a catalogue with a hundred thousand ids must not make every message that long.
    /// </summary>
    public static string List(IEnumerable<string> items, int max = 12)
    {
        ArgumentNullException.ThrowIfNull(items);
        var shown = items.Take(max + 1).Select(i => Excerpt(i, 30)).ToList();
        return shown.Count > max ? string.Join(", ", shown.Take(max)) + " …" : string.Join(", ", shown);
    }

    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c != '\n' && c != '\t')
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';
}

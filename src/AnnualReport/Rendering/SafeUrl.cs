using System.Text.RegularExpressions;

namespace AnnualReport.Rendering;

/// <summary>
/// The one allow-list for every address that becomes a link on a published page, from curated
/// Markdown and from the catalogue alike: <c>http:</c>, <c>https:</c>, <c>mailto:</c> and links
/// inside the site. Anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, a
/// protocol-relative <c>//host</c>, an address the browser would read differently from how it
/// looks) is refused, and the caller shows the text without a link.
/// </summary>
public static partial class SafeUrl
{
    /// <summary>
    /// The address as an <c>href</c> may carry it, or null when it is not allowed: a web address
    /// (<c>http:</c>, <c>https:</c>), <c>mailto:</c>, or a relative link or anchor inside the site.
    /// </summary>
    public static string? Link(string? url)
    {
        if (Normalise(url) is not { } address)
        {
            return null;
        }

        if (Scheme().Match(address) is { Success: true } scheme)
        {
            return scheme.Groups[1].Value.ToLowerInvariant() switch
            {
                "http" or "https" => Web(address),
                "mailto" => address.Length > "mailto:".Length ? address : null,
                _ => null,
            };
        }

        return Internal(address);
    }

    /// <summary>
    /// A web address with a host (<c>http:</c> or <c>https:</c>), or null: what a catalogue's
    /// <c>source.url</c> may link to.
    /// </summary>
    public static string? Web(string? url) =>
        Normalise(url) is { } address
        && Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && WebPrefix().IsMatch(address)
            ? address
            : null;

    /// <summary>
    /// A relative link inside the site (<c>metode.html#trend</c>, <c>#arbeid</c>), or null. Refused:
    /// a scheme of any kind, <c>//host</c> and <c>\\host</c> (browsers read both as another
    /// server), and a first path segment holding a colon, which some readers take for a scheme.
    /// </summary>
    public static string? Internal(string? url)
    {
        if (Normalise(url) is not { } address || address.Length == 0)
        {
            return null;
        }

        if (address.Length >= 2 && address[0] is '/' or '\\' && address[1] is '/' or '\\')
        {
            return null;
        }

        var firstSegment = address.IndexOfAny(['/', '\\', '?', '#']) is var end and >= 0 ? address[..end] : address;
        return firstSegment.Contains(':', StringComparison.Ordinal) ? null : address;
    }

    /// <summary>
    /// An <c>href</c> to a file the build writes itself, named after an id from the input
    /// (<c>arbeid.html</c>, <c>0301.pdf</c>): as it is when the name is plain, else made a
    /// relative path (<c>./</c>, percent-encoded) so no id can turn it into a scheme or another host.
    /// </summary>
    public static string Page(string fileName) =>
        PlainFileName().IsMatch(fileName) ? fileName : "./" + Uri.EscapeDataString(fileName);

    /// <summary>
    /// The address as a browser reads it: leading and trailing spaces and control characters go,
    /// and so do tabs and line breaks anywhere (WHATWG URL parsing), so <c>java&#10;script:</c>
    /// is seen for what it is. Any other control character refuses the address outright.
    /// </summary>
    private static string? Normalise(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var address = url.Trim(TrimmedCharacters).Replace("\t", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        return address.Any(char.IsControl) ? null : address;
    }

    private static readonly char[] TrimmedCharacters = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("^[Hh][Tt][Tt][Pp][Ss]?://[^/\\\\]")]
    private static partial Regex WebPrefix();

    [GeneratedRegex(@"^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$")]
    private static partial Regex PlainFileName();
}

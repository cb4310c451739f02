using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// What the preview server adds to a page as it sends it, and never to a file: a small toolbar
/// (with the PDF link) and a script that listens to the server's events and reloads the page when
/// a newer build is ready. The page's Content-Security-Policy, which forbids every script but the
/// site's own explore script, is widened in that response only, by a nonce for this one script and
/// style and a connection to the server itself; nothing from elsewhere is allowed.
/// </summary>
internal static partial class LiveReload
{
    /// <summary>The address of the server's event stream.</summary>
    public const string EventsPath = "/_preview/events";

    /// <summary>A fresh nonce for one response.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    /// <summary>The page with the policy widened for <paramref name="nonce"/>, the toolbar and the reload script before <c>&lt;/body&gt;</c>.</summary>
    public static string Inject(string html, string nonce, long build, string toolbar)
    {
        var widened = CspMeta().Replace(html, m => m.Groups["before"].Value + Widen(WebUtility.HtmlDecode(m.Groups["policy"].Value), nonce) + m.Groups["after"].Value, 1);
        var end = widened.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var addition = toolbar + Script(nonce, build);
        return end < 0 ? widened + addition : widened.Insert(end, addition);
    }

    /// <summary>A policy (as read, not HTML-encoded) with this response's nonce allowed for scripts and styles, and connections back to the server.</summary>
    public static string Widen(string policy, string nonce)
    {
        var source = $"'nonce-{nonce}'";
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // A web page that loads the site's own explore script keeps it ('self'); any other script source the policy named is dropped.
        var self = directives.Any(p => p.StartsWith("script-src ", StringComparison.Ordinal) && p.Split(' ').Contains("'self'"));
        var parts = directives
            .Where(p => !p.StartsWith("script-src", StringComparison.Ordinal) && !p.StartsWith("connect-src", StringComparison.Ordinal))
            .Select(p => p.StartsWith("style-src ", StringComparison.Ordinal) ? $"style-src {source} {p["style-src ".Length..]}" : p)
            .ToList();
        if (!parts.Any(p => p.StartsWith("style-src", StringComparison.Ordinal)))
        {
            parts.Add($"style-src {source}");
        }

        parts.Add(self ? $"script-src {source} 'self'" : $"script-src {source}");
        parts.Add("connect-src 'self'");
        return string.Join("; ", parts);
    }

    /// <summary>
    /// The script: it knows which build its page came from and reloads when the server announces
    /// another one (also one finished between sending the page and connecting). The browser
    /// connects again by itself when the server restarts.
    /// </summary>
    public static string Script(string nonce, long build) =>
        ScriptTemplate.Replace("NONCE", WebUtility.HtmlEncode(nonce), StringComparison.Ordinal).Replace("BUILD", build.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + "\n";

    private const string ScriptTemplate = """<script nonce="NONCE">(() => { const served = "BUILD"; const events = new EventSource("/_preview/events"); events.onopen = () => { window.annualReportPreview = "listening"; }; events.addEventListener("build", e => { if (e.data !== served) { events.close(); location.reload(); } }); })();</script>""";

    /// <summary>The toolbar: what this is, and the PDF on request (when the preview makes PDFs).</summary>
    public static string Toolbar(string nonce, string label, string? pdfHref, string? pdfText) =>
        $$"""<style nonce="{{WebUtility.HtmlEncode(nonce)}}">.annual-report-preview { position: fixed; right: 1rem; bottom: 1rem; z-index: 1000; padding: .4rem .8rem; background: #1d2b36; color: #fff; border-radius: .3rem; font: 14px/1.4 sans-serif; } .annual-report-preview a { color: #fff; margin-left: .6rem; }</style>"""
        + $"""<aside class="annual-report-preview" aria-label="{WebUtility.HtmlEncode(label)}">{WebUtility.HtmlEncode(label)}"""
        + (pdfHref is null ? string.Empty : $"""<a href="{WebUtility.HtmlEncode(pdfHref)}">{WebUtility.HtmlEncode(pdfText)}</a>""")
        + "</aside>\n";

    [GeneratedRegex("""(?<before><meta http-equiv="Content-Security-Policy" content=")(?<policy>[^"]*)(?<after>")""", RegexOptions.IgnoreCase)]
    private static partial Regex CspMeta();
}

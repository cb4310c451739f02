using System.Security.Cryptography;
using System.Text;

namespace AnnualReport.Rendering;

/// <summary>
/// The Content-Security-Policy every generated page carries in a <c>meta</c> element: no script
/// but the one shipped with the site (<c>assets/explore.js</c>, on the publication's web pages
/// only), and nothing loaded from anywhere but the site itself (style sheets, fonts, images;
/// <c>data:</c> images only). Should anything hostile slip into a page, the browser still refuses
/// to run or fetch it. The only inline style is the print document's running headers, allowed by
/// its hash rather than by <c>'unsafe-inline'</c>, so an injected style would still be refused.
/// The policy is made of fixed words and a base64 hash only, never input, so the layout writes
/// it unescaped and it reads as written.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The policy for a page, allowing the one inline <c>&lt;style&gt;</c> given (or none).</summary>
    /// <param name="script">
    /// The page loads the shipped explore script: scripts from the site itself only
    /// (<c>script-src 'self'</c>: no inline script, no <c>eval</c>, nothing from elsewhere).
    /// Without it every script is refused, as <c>default-src 'none'</c> says.
    /// </param>
    public static string For(string? inlineStyle, bool script = false)
    {
        var style = string.IsNullOrEmpty(inlineStyle) ? "'self'" : $"'self' '{Hash(inlineStyle)}'";
        var scripts = script ? "; script-src 'self'" : string.Empty;
        return $"default-src 'none'{scripts}; img-src 'self' data:; style-src {style}; font-src 'self'; base-uri 'none'; form-action 'none'";
    }

    /// <summary>The CSP source expression for exactly this text between <c>&lt;style&gt;</c> and <c>&lt;/style&gt;</c>.</summary>
    public static string Hash(string inlineStyle) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineStyle)));
}

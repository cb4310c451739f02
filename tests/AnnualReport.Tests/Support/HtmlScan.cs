using System.Net;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Support;

/// <summary>
/// Reads generated HTML (or SVG) as a browser would see its tags and attributes, quotes respected,
/// so a check can tell an injected attribute from the same words inside an escaped value, and
/// lists everything that could run, load from elsewhere or navigate to a script, but the site's
/// own shipped script (<see cref="ShippedScript"/>).
/// </summary>
internal static partial class HtmlScan
{
    /// <summary>A start tag with its attributes, values decoded as the browser decodes them.</summary>
    public sealed record Tag(string Name, IReadOnlyList<(string Name, string Value)> Attributes)
    {
        public string? this[string attribute] => Attributes.FirstOrDefault(a => a.Name == attribute).Value;
    }

    /// <summary>
    /// The one script a page may hold: the site's own explore script, loaded from its assets in the
    /// head of a web page, with no inline text. Everything else that runs is a problem.
    /// </summary>
    public const string ShippedScript = "<script src=\"assets/explore.js\" defer></script>";

    /// <summary>The page without its shipped script (exactly one, in its head), so that any script left is one that must not be there.</summary>
    public static string WithoutShippedScript(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var at = html.IndexOf(ShippedScript, StringComparison.Ordinal);
        return at >= 0 && head > at && html.IndexOf(ShippedScript, at + 1, StringComparison.Ordinal) < 0 ? html.Remove(at, ShippedScript.Length) : html;
    }

    private static readonly string[] ForbiddenElements = ["script", "iframe", "object", "embed", "frame", "frameset", "base", "form", "applet", "portal"];

    public static IReadOnlyList<Tag> Tags(string html)
    {
        var tags = new List<Tag>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var start = ++i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is ':' or '-'))
            {
                i++;
            }

            if (i == start || !char.IsAsciiLetter(html[start]))
            {
                continue;
            }

            var name = html[start..i].ToLowerInvariant();
            var attributes = new List<(string, string)>();
            while (i < html.Length && html[i] != '>')
            {
                if (char.IsWhiteSpace(html[i]) || html[i] == '/')
                {
                    i++;
                    continue;
                }

                var nameStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
                {
                    i++;
                }

                var attribute = html[nameStart..i].ToLowerInvariant();
                var value = string.Empty;
                if (i < html.Length && html[i] == '=')
                {
                    i++;
                    if (i < html.Length && html[i] is '"' or '\'')
                    {
                        var quote = html[i];
                        var close = html.IndexOf(quote, i + 1);
                        close = close < 0 ? html.Length : close;
                        value = html[(i + 1)..close];
                        i = Math.Min(close + 1, html.Length);
                    }
                    else
                    {
                        var valueStart = i;
                        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                        {
                            i++;
                        }

                        value = html[valueStart..i];
                    }
                }

                if (attribute.Length > 0)
                {
                    attributes.Add((attribute, WebUtility.HtmlDecode(value)));
                }
            }

            tags.Add(new Tag(name, attributes));
        }

        return tags;
    }

    /// <summary>
    /// Everything in the page that could run a script or load from elsewhere: script-like
    /// elements, event handler attributes, script or data addresses in links, and loads
    /// (<c>src</c>, <c>&lt;link href&gt;</c>, CSS <c>url()</c>, <c>@import</c>) from another server.
    /// Links to other sites (<c>&lt;a href="https://…"&gt;</c>) are fine: they load nothing.
    /// </summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        html = WithoutShippedScript(html);
        var problems = new List<string>();
        foreach (var tag in Tags(html))
        {
            if (ForbiddenElements.Contains(tag.Name) || (tag.Name == "meta" && tag["http-equiv"]?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true))
            {
                problems.Add($"<{tag.Name}> element");
            }

            foreach (var (name, value) in tag.Attributes)
            {
                var plain = Regex.Replace(value, @"[\u0000-\u0020]", string.Empty);
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"event handler {name} on <{tag.Name}>");
                }
                else if (name is "href" or "xlink:href" or "src" or "action" or "formaction" or "srcset" or "poster" or "data" && ScriptScheme().IsMatch(plain))
                {
                    problems.Add($"{name}=\"{value}\" on <{tag.Name}>");
                }
                else if ((name is "src" or "srcset" or "poster" or "data" || (name == "href" && tag.Name is "link" or "image" or "use")) && Remote().IsMatch(plain))
                {
                    problems.Add($"loads {value} through <{tag.Name} {name}>");
                }
                else if (name == "style" && RemoteCss().IsMatch(value))
                {
                    problems.Add($"style attribute loads from elsewhere: {value}");
                }
            }
        }

        foreach (Match style in StyleElement().Matches(html))
        {
            if (RemoteCss().IsMatch(style.Groups[1].Value))
            {
                problems.Add("a <style> loads from elsewhere");
            }
        }

        return problems;
    }

    /// <summary>Problems of a style sheet: a load from another server or an <c>@import</c>.</summary>
    public static IReadOnlyList<string> CssProblems(string css) => RemoteCss().IsMatch(css) ? ["the style sheet loads from elsewhere"] : [];

    public static void AssertSafe(string html, string? what = null)
    {
        var problems = Problems(html);
        Assert.True(problems.Count == 0, $"{what}: {string.Join("; ", problems)}");
    }

    [GeneratedRegex("^(javascript|vbscript|data|livescript|mocha):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptScheme();

    [GeneratedRegex(@"^([a-z][a-z0-9+.-]*:)?[/\\]{2}", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();

    [GeneratedRegex(@"@import|url\(\s*['""]?\s*([a-z][a-z0-9+.-]*:|[/\\]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteCss();

    [GeneratedRegex(@"<style[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();
}

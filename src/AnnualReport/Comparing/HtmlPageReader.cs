using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AnnualReport.Comparing;

/// <summary>
/// Reads a web page this program wrote into text blocks, charts and indicator sections. Not a
/// general HTML parser: the pages come from our own templates, so every element is closed and
/// attributes are quoted. Site chrome (head, header, navigation, footer, the draft banner) and the
/// data tables (their figures are compared from analysis.json) are left out.
/// </summary>
internal static partial class HtmlPageReader
{
    internal static readonly HashSet<string> BlockElements = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "figcaption", "blockquote"];
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
    internal static readonly HashSet<string> Skipped = ["head", "script", "style", "table", "nav", "header", "footer", "template", "del"];

    public static PageContent Read(string page, string html, string? stampLabel)
    {
        var state = new HtmlPageState(page, stampLabel);
        var position = 0;
        while (position < html.Length)
        {
            var tag = Tag().Match(html, position);
            var end = tag.Success ? tag.Index : html.Length;
            if (end > position)
            {
                state.Text(WebUtility.HtmlDecode(html[position..end]));
            }

            if (!tag.Success)
            {
                break;
            }

            position = tag.Index + tag.Length;
            if (tag.Groups["comment"].Success)
            {
                continue;
            }

            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = tag.Groups["attributes"].Value;
            if (tag.Groups["close"].Success)
            {
                state.Close(name);
            }
            else if (name == "svg")
            {
                var close = html.IndexOf("</svg>", position, StringComparison.OrdinalIgnoreCase);
                var stop = close < 0 ? html.Length : close + "</svg>".Length;
                state.Chart(html[tag.Index..stop], attributes);
                position = stop;
            }
            else
            {
                state.Open(name, attributes, selfClosing: attributes.EndsWith('/') || VoidElements.Contains(name));
            }
        }

        return state.Result();
    }

    internal static string Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $@"(?:^|\s){Regex.Escape(name)}\s*=\s*""([^""]*)""", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : string.Empty;
    }

    /// <summary>Whitespace collapsed to single spaces and control characters dropped, so layout never counts as a change.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<!--(?<comment>.*?)-->|<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    internal static partial Regex AnyTag();
}

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
    private static readonly HashSet<string> BlockElements = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "figcaption", "blockquote"];
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
    private static readonly HashSet<string> Skipped = ["head", "script", "style", "table", "nav", "header", "footer", "template"];

    public static PageContent Read(string page, string html, string? stampLabel)
    {
        var state = new State(page, stampLabel);
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

    private sealed class Element(string name, string attributes)
    {
        public string Name { get; } = name;

        public string Id { get; } = Attribute(attributes, "id");

        public string Ref { get; } = Attribute(attributes, "data-ref");

        public string Href { get; } = Attribute(attributes, "href");

        public IReadOnlyList<string> Classes { get; } = Attribute(attributes, "class").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        public StringBuilder? Text { get; set; }

        public string? Fragment { get; set; }

        public bool Has(string cssClass) => Classes.Contains(cssClass, StringComparer.Ordinal);
    }

    private sealed class State(string page, string? stampLabel)
    {
        private readonly List<Element> _stack = [];
        private readonly List<TextBlockSnapshot> _blocks = [];
        private readonly List<ChartSnapshot> _charts = [];
        private readonly List<(string Id, string Title)> _indicators = [];
        private readonly List<string> _navigation = [];
        private string? _heading;
        private string? _title;
        private string? _lastTerm;
        private string? _stamp;

        private bool Skipping => _stack.Any(e => Skipped.Contains(e.Name) || e.Has("draft-banner"));

        public void Open(string name, string attributes, bool selfClosing)
        {
            var element = new Element(name, attributes);
            if (name == "a" && element.Href.Length > 0)
            {
                if (_stack.Any(e => e.Name == "header"))
                {
                    _navigation.Add(element.Href);
                }

                var hash = element.Href.IndexOf('#', StringComparison.Ordinal);
                if (hash >= 0 && Block() is { Fragment: null } block)
                {
                    block.Fragment = element.Href[(hash + 1)..];
                }
            }

            if (selfClosing)
            {
                if (name == "br")
                {
                    Text(" ");
                }

                return;
            }

            if (BlockElements.Contains(name))
            {
                element.Text = new StringBuilder();
            }

            _stack.Add(element);
        }

        public void Close(string name)
        {
            var index = _stack.FindLastIndex(e => e.Name == name);
            if (index < 0)
            {
                return;
            }

            while (_stack.Count > index)
            {
                var element = _stack[^1];
                var skipping = Skipping;
                _stack.RemoveAt(_stack.Count - 1);
                if (element.Text is not null && !skipping)
                {
                    Emit(element);
                }
            }
        }

        public void Text(string text)
        {
            if (!Skipping && Block() is { } block)
            {
                block.Text!.Append(text);
            }
        }

        public void Chart(string svg, string attributes)
        {
            var labelled = Attribute(attributes, "aria-labelledby").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            var id = labelled is not null && labelled.EndsWith("-title", StringComparison.Ordinal)
                ? labelled[..^"-title".Length]
                : $"{page}#svg{_charts.Count + 1}";
            var title = Regex.Match(svg, "<title[^>]*>(.*?)</title>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
            if (!Skipping)
            {
                _charts.Add(new ChartSnapshot(id, page, Indicator() ?? Block()?.Fragment, title.Success ? Normalise(WebUtility.HtmlDecode(title.Groups[1].Value)) : null, svg));
            }
        }

        public PageContent Result() => new(page, _title, _blocks, _charts, _indicators, _navigation, _stamp);

        private Element? Block() => _stack.LastOrDefault(e => e.Text is not null);

        private string? Indicator() => _stack.LastOrDefault(e => e.Name == "section" && e.Has("indicator") && e.Id.Length > 0)?.Id;

        private void Emit(Element element)
        {
            var text = Normalise(element.Text!.ToString());
            if (text.Length == 0)
            {
                return;
            }

            if (element.Name == "dt")
            {
                _lastTerm = text;
            }
            else if (element.Name == "dd" && stampLabel is not null && _lastTerm == stampLabel)
            {
                _stamp = text;
                return;
            }

            var indicator = Indicator();
            if (indicator is not null && element.Name.StartsWith('h') && !_indicators.Any(i => i.Id == indicator))
            {
                _indicators.Add((indicator, text));
            }

            var reference = _stack.Append(element).LastOrDefault(e => e.Ref.Length > 0)?.Ref;
            _blocks.Add(new TextBlockSnapshot(page, _heading, indicator ?? element.Fragment, reference, Origin(element), text, element.Name.Length == 2 && element.Name[0] == 'h'));
            if (element.Name is "h1" or "h2" or "h3")
            {
                _heading = text;
                _title ??= element.Name == "h1" ? text : null;
            }
        }

        private TextOrigin Origin(Element element)
        {
            var all = _stack.Append(element).ToList();
            if (all.Any(e => e.Has("curated")))
            {
                return TextOrigin.Curated;
            }

            if (all.Any(e => e.Name == "figcaption" || e.Has("source")))
            {
                return TextOrigin.Source;
            }

            return all.Any(e => e.Has("table-note") || e.Has("notes") || e.Has("definition") || e.Has("series-break"))
                ? TextOrigin.Note
                : TextOrigin.Generated;
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using System.Net;

namespace AnnualReport.Comparing;

/// <summary>What <see cref="HtmlPageReader"/> has read so far: the open elements and the blocks, charts and indicators found.</summary>
internal sealed class HtmlPageState(string page, string? stampLabel)
{
    private readonly List<HtmlElement> _stack = [];
    private readonly List<TextBlockSnapshot> _blocks = [];
    private readonly List<ChartSnapshot> _charts = [];
    private readonly List<(string Id, string Title)> _indicators = [];
    private readonly List<string> _navigation = [];
    private string? _heading;
    private string? _title;
    private string? _lastTerm;
    private string? _stamp;

    // A draft's marks (see Marks) and its margin reference numbers (<span class="ref">3.2.4</span>, see the
    // data-ref contract) are marks on the page, not its text; the number is read from data-ref.
    private bool Skipping => _stack.Any(e => HtmlPageReader.Skipped.Contains(e.Name) || e.Classes.Any(Marks.Contains) || (e.Name == "span" && e.Has("ref")));

    // Marks of a draft, not its text: the banner, the list of changes and what announces a change
    // (a draft built with --since), and the figure and table labels, which move when one is added.
    private static readonly HashSet<string> Marks = ["draft-banner", "draft-changes", "draft-removed", "change-label", "figure-number", "table-number"];

    public void Open(string name, string attributes, bool selfClosing)
    {
        var element = new HtmlElement(name, attributes);
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

        if (HtmlPageReader.BlockElements.Contains(name))
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
        var labelled = HtmlPageReader.Attribute(attributes, "aria-labelledby").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var id = labelled is not null && labelled.EndsWith("-title", StringComparison.Ordinal)
            ? labelled[..^"-title".Length]
            : $"{page}#svg{_charts.Count + 1}";
        var title = Regex.Match(svg, "<title[^>]*>(.*?)</title>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        if (!Skipping)
        {
            _charts.Add(new ChartSnapshot(id, page, Indicator() ?? Block()?.Fragment, title.Success ? HtmlPageReader.Normalise(WebUtility.HtmlDecode(title.Groups[1].Value)) : null, svg));
        }
    }

    public PageContent Result() => new(page, _title, _blocks, _charts, _indicators, _navigation, _stamp);

    private HtmlElement? Block() => _stack.LastOrDefault(e => e.Text is not null);

    private string? Indicator() => _stack.LastOrDefault(e => e.Name == "section" && e.Has("indicator") && e.Id.Length > 0)?.Id;

    private void Emit(HtmlElement element)
    {
        var text = HtmlPageReader.Normalise(element.Text!.ToString());
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

    private TextOrigin Origin(HtmlElement element)
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

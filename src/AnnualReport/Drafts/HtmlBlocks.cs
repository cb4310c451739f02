using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReport.Comparing;

namespace AnnualReport.Drafts;

/// <summary>
/// One block of text of a page (heading, paragraph, list item, term, caption) with where its
/// text lies in the HTML: the opening tag and each run of text between tags. A change can then
/// be marked in place, word by word, without touching the markup around the words.
/// </summary>
/// <param name="Name">The element (<c>p</c>, <c>h3</c>, <c>li</c>…).</param>
/// <param name="Open">Where the opening tag starts.</param>
/// <param name="OpenLength">How long the opening tag is.</param>
/// <param name="Id">The element's own <c>id</c>, or empty.</param>
/// <param name="Ref">The element's reference number (<c>data-ref</c>, its own or its nearest numbered ancestor's), or null.</param>
/// <param name="Runs">The runs of text in reading order, each as (start, length) in the HTML; a line break is a run of length −1.</param>
internal sealed record HtmlBlock(string Name, int Open, int OpenLength, string Id, string? Ref, IReadOnlyList<(int Start, int Length)> Runs, string Text, string? Heading)
{
    /// <summary>The words of the block run by run, as <see cref="HtmlBlocks"/> splits them (a word never spans two runs).</summary>
    public IReadOnlyList<string> Words(string html) => [.. Runs.Where(r => r.Length > 0).SelectMany(r => HtmlBlocks.Split(WebUtility.HtmlDecode(html.Substring(r.Start, r.Length))))];

    public bool IsHeading => Name.Length == 2 && Name[0] == 'h';
}

/// <summary>
/// Reads the text blocks of a page this program wrote, as <see cref="HtmlPageReader"/> does for
/// <c>compare</c>, leaving out the same chrome and marks: head, navigation, header, footer, tables
/// (their cells are compared one by one), charts, the draft banner, margin numbers, figure and
/// table labels, the build stamp, the list of changes and the marks of an earlier comparison
/// (deleted words and the words that announce a change).
/// </summary>
internal static partial class HtmlBlocks
{
    private static readonly HashSet<string> SkippedClasses = ["draft-banner", "change-label", "draft-changes", "stamp", "figure-number", "table-number", "draft-removed"];

    public static IReadOnlyList<HtmlBlock> Read(string html)
    {
        var stack = new List<(string Name, bool Skip, string Ref, int Block)>();
        var open = new List<(string Name, int Open, int Length, string Id, string? Ref, List<(int, int)> Runs)>();
        var blocks = new List<HtmlBlock>();
        string? heading = null;
        var position = 0;
        while (position < html.Length)
        {
            var tag = Tag().Match(html, position);
            var end = tag.Success ? tag.Index : html.Length;
            var skipping = stack.Count > 0 && stack[^1].Skip;
            if (end > position && !skipping && Inner(stack) is var inner and >= 0)
            {
                open[inner].Runs.Add((position, end - position));
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
                var index = stack.FindLastIndex(e => e.Name == name);
                while (index >= 0 && stack.Count > index)
                {
                    var element = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    if (element.Block >= 0)
                    {
                        var b = open[element.Block];
                        var text = Text(html, b.Runs);
                        if (text.Length > 0 && !element.Skip)
                        {
                            blocks.Add(new HtmlBlock(b.Name, b.Open, b.Length, b.Id, b.Ref, b.Runs, text, heading));
                            if (b.Name is "h1" or "h2" or "h3")
                            {
                                heading = text;
                            }
                        }
                    }
                }

                continue;
            }

            var selfClosing = attributes.EndsWith('/') || Void.Contains(name);
            if (name == "br" && !skipping && Inner(stack) is var line and >= 0)
            {
                open[line].Runs.Add((tag.Index, -1));
            }

            if (selfClosing)
            {
                continue;
            }

            var classes = HtmlPageReader.Attribute(attributes, "class").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var reference = HtmlPageReader.Attribute(attributes, "data-ref");
            var skip = skipping || Skipped.Contains(name) || classes.Any(SkippedClasses.Contains) || (name == "span" && classes.Contains("ref"));
            var inherited = reference.Length > 0 ? reference : stack.LastOrDefault(e => e.Ref.Length > 0).Ref ?? string.Empty;
            var block = -1;
            if (!skip && HtmlPageReader.BlockElements.Contains(name))
            {
                open.Add((name, tag.Index, tag.Length, HtmlPageReader.Attribute(attributes, "id"), inherited.Length > 0 ? inherited : null, []));
                block = open.Count - 1;
            }

            stack.Add((name, skip, inherited, block));
        }

        return blocks;
    }

    /// <summary>The words of a text: runs of anything but white space.</summary>
    public static IEnumerable<string> Split(string text) => text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Text for an HTML text node: only what HTML needs escaped.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // The innermost open block, whose text the next run is.
    private static int Inner(List<(string Name, bool Skip, string Ref, int Block)> stack)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Block >= 0)
            {
                return stack[i].Block;
            }
        }

        return -1;
    }

    private static string Text(string html, List<(int Start, int Length)> runs)
    {
        var text = new StringBuilder();
        foreach (var (start, length) in runs)
        {
            text.Append(length < 0 ? " " : WebUtility.HtmlDecode(html.Substring(start, length)));
        }

        return HtmlPageReader.Normalise(text.ToString());
    }

    internal static readonly char[] Whitespace = [.. Enumerable.Range(0, 0x3000 + 1).Select(i => (char)i).Where(char.IsWhiteSpace)];

    private static readonly HashSet<string> Skipped = ["head", "script", "style", "table", "nav", "header", "footer", "template", "svg", "del"];

    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [GeneratedRegex(@"<!--(?<comment>.*?)-->|<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReport.Comparing;
using DiffPlex;
using DiffPlex.Chunkers;

namespace AnnualReport.Drafts;

/// <summary>
/// Keeps a draft's reference numbers (<c>data-ref</c>, see <see cref="Rendering.ReferenceNumbers"/>)
/// as the earlier draft had them, so a reviewer's "3.2.4" points at the same paragraph in both.
/// The numbered elements of the page are lined up with the earlier page's by their text: an
/// element that is unchanged, or changed in place, keeps its old number; one that is new takes the
/// number before it with a letter (<c>3.2.4a</c>, <c>3.2.4b</c>); the numbers of removed elements
/// are not given again. A final build numbers afresh.
/// </summary>
internal static partial class StableReferences
{
    /// <summary>The page with the earlier page's numbers wherever the element is there too.</summary>
    public static string Keep(string html, string oldHtml)
    {
        var now = Numbered(html);
        var before = Numbered(oldHtml);
        if (now.Count == 0 || before.Count == 0)
        {
            return html;
        }

        // Which earlier element each element is, by the diff of their texts (one element per line).
        var matched = new int?[now.Count];
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', before.Select(e => e.Text)), string.Join('\n', now.Select(e => e.Text)), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var (a, b) = (0, 0);
        foreach (var block in diff.DiffBlocks)
        {
            for (; b < block.InsertStartB; a++, b++)
            {
                matched[b] = a;
            }

            // A run replaced by a run: the elements that share most of their words are the same elements, changed in place.
            var pairs = Pairing.Pair(
                [.. before.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(e => e.Text)],
                [.. now.Skip(block.InsertStartB).Take(block.InsertCountB).Select(e => e.Text)]);
            foreach (var (old, @new) in pairs)
            {
                if (old is { } o && @new is { } n)
                {
                    matched[block.InsertStartB + n] = block.DeleteStartA + o;
                }
            }

            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        for (; b < now.Count && a < before.Count; a++, b++)
        {
            matched[b] = a;
        }

        var used = new HashSet<string>(matched.OfType<int>().Select(i => before[i].Ref), StringComparer.Ordinal);
        var result = new StringBuilder(html.Length + 256);
        var at = 0;
        string? previous = null;
        for (var i = 0; i < now.Count; i++)
        {
            var number = matched[i] is { } old ? before[old].Ref : Next(previous ?? "0", used);
            used.Add(number);
            previous = number;
            var element = now[i];
            result.Append(html, at, element.RefStart - at).Append(number);
            at = element.RefStart + element.RefLength;
        }

        result.Append(html, at, html.Length - at);
        return result.ToString();
    }

    /// <summary>The number after <paramref name="previous"/> for an inserted element: a letter added, or the next letter, not yet used.</summary>
    internal static string Next(string previous, ISet<string> used)
    {
        var stem = previous.TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray());
        var letters = previous[stem.Length..];
        var candidate = previous;
        do
        {
            letters = letters.Length == 0 ? "a" : letters[^1] == 'z' ? letters + "a" : letters[..^1] + (char)(letters[^1] + 1);
            candidate = stem + letters;
        }
        while (used.Contains(candidate));

        return candidate;
    }

    private sealed record Element(string Ref, int RefStart, int RefLength, string Text);

    /// <summary>Every element with a reference number, with where the number is and the element's text.</summary>
    private static List<Element> Numbered(string html)
    {
        var elements = new List<Element>();
        foreach (Match open in RefTag().Matches(html))
        {
            var name = open.Groups["name"].Value;
            var number = open.Groups["ref"];
            var end = Close(html, name, open.Index + open.Length);
            var inner = html[(open.Index + open.Length)..end];
            elements.Add(new Element(number.Value, number.Index, number.Length, Text(inner)));
        }

        return elements;
    }

    // Where the element that starts before `from` closes (numbered elements do not nest in each other).
    private static int Close(string html, string name, int from)
    {
        var depth = 1;
        foreach (Match tag in AnyTag().Matches(html, from))
        {
            if (!string.Equals(tag.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            depth += tag.Groups["close"].Success ? -1 : tag.Value.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1;
            if (depth == 0)
            {
                return tag.Index;
            }
        }

        return html.Length;
    }

    // The words of an element, without the marks of an earlier comparison or the figure labels.
    private static string Text(string inner)
    {
        var text = Marks().Replace(inner, " ");
        text = Tags().Replace(text, " ");
        return HtmlPageReader.Normalise(WebUtility.HtmlDecode(text)).Replace('\n', ' ');
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?/?>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\sdata-ref=""(?<ref>[^""]*)""[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RefTag();

    [GeneratedRegex(@"<del\b.*?</del>|<span class=""(?:change-label|figure-number|table-number)"">.*?</span>", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Marks();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();
}

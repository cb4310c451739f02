using System.Globalization;
using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace AnnualReport.Drafts;

/// <summary>One change marked in a page, for the list of changes at the front: where it is and what it was.</summary>
/// <param name="Kind">What changed: a text's words (<c>text-changed</c>), a new or a removed text, or figures in a table (<c>figures-changed</c>).</param>
/// <param name="Id">The element's id on its page, to link to.</param>
/// <param name="Ref">Its reference number, when it has one.</param>
/// <param name="Heading">The nearest heading above it, or the table's caption.</param>
/// <param name="Count">For a table: how many of its figures changed.</param>
public sealed record MarkedChange(string Kind, string Id, string? Ref, string? Heading, string Old, string New, int Count = 0);

/// <summary>The words that announce a mark to a screen reader and in the document's text ("Tatt ut:", "Satt inn:").</summary>
public sealed record ChangeLabels(string Deleted, string Inserted);

/// <summary>
/// Marks what changed in one page since the same page of an earlier build: the words taken out of a
/// text as <c>&lt;del&gt;</c>, the words put in as <c>&lt;ins&gt;</c>, each announced by a hidden label
/// (<c>.change-label</c>) so a screen reader and the PDF's text say which is which; a new text
/// wholly inserted; a removed paragraph kept in its place, struck through; a changed figure in a
/// table as its old value struck through and the new one inserted, the cell highlighted
/// (<c>td.changed</c>). Texts are lined up as <c>compare</c> lines them up (one block per line,
/// changed blocks paired in order), and words are compared as whole words.
/// </summary>
internal static class ChangeMarker
{
    public static (string Html, IReadOnlyList<MarkedChange> Changes) Mark(string html, string oldHtml, ChangeLabels labels)
    {
        var now = HtmlBlocks.Read(html);
        var before = HtmlBlocks.Read(oldHtml);
        var edits = new List<(int At, int Remove, string Insert)>();
        var changes = new List<(int At, MarkedChange Change)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        var given = new Dictionary<int, string>();
        string Id(HtmlBlock block)
        {
            if (block.Id.Length > 0)
            {
                return block.Id;
            }

            if (!given.TryGetValue(block.Open, out var id))
            {
                id = given[block.Open] = NewId(html, ref next, ids);
                edits.Add((block.Open + block.OpenLength - 1, 0, $" id=\"{id}\""));
            }

            return id;
        }

        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', before.Select(b => b.Text)), string.Join('\n', now.Select(b => b.Text)), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        foreach (var block in diff.DiffBlocks)
        {
            // The blocks of a changed run that share most of their words are the same text changed;
            // the others were put in or taken out.
            var olds = before.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
            var news = now.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
            var pairs = Pairing.Pair([.. olds.Select(b => b.Text)], [.. news.Select(b => b.Text)]);
            for (var p = 0; p < pairs.Count; p++)
            {
                var (o, n) = pairs[p];
                if (o is { } oi && n is { } ni)
                {
                    var (a, b) = (olds[oi], news[ni]);
                    var words = Words(a.Words(oldHtml), b.Words(html));
                    if (words.Changed)
                    {
                        MarkWords(html, b, words, labels, edits);
                        changes.Add((b.Open, new MarkedChange("text-changed", Id(b), b.Ref, b.IsHeading ? null : b.Heading, a.Text, b.Text)));
                    }
                }
                else if (n is { } added)
                {
                    var b = news[added];
                    var words = b.Words(html);
                    MarkWords(html, b, new WordMarks([.. words.Select(_ => true)], new string?[words.Count + 1], true), labels, edits);
                    changes.Add((b.Open, new MarkedChange("text-added", Id(b), b.Ref, b.IsHeading ? null : b.Heading, string.Empty, b.Text)));
                }
                else
                {
                    // A removed paragraph or heading stays in its place, struck through, when it stood among paragraphs:
                    // before the next new block of the run, or the first block after the run.
                    var a = olds[o!.Value];
                    var following = pairs.Skip(p + 1).FirstOrDefault(x => x.New is not null).New;
                    var anchor = following is { } f ? news[f] : block.InsertStartB + block.InsertCountB < now.Count ? now[block.InsertStartB + block.InsertCountB] : null;
                    if (anchor is not null && Prose(a) && Prose(anchor))
                    {
                        var id = NewId(html, ref next, ids);
                        edits.Add((anchor.Open, 0, $"<p class=\"draft-removed\" id=\"{id}\"><del><span class=\"change-label\">{HtmlBlocks.Escape(labels.Deleted)} </span>{HtmlBlocks.Escape(a.Text)}</del></p>\n"));
                        changes.Add((anchor.Open, new MarkedChange("text-removed", id, a.Ref, a.IsHeading ? null : a.Heading, a.Text, string.Empty)));
                    }
                    else
                    {
                        var place = anchor ?? now.LastOrDefault();
                        changes.Add((place?.Open ?? html.Length, new MarkedChange("text-removed", place is null ? string.Empty : Id(place), a.Ref, a.IsHeading ? null : a.Heading, a.Text, string.Empty)));
                    }
                }
            }
        }

        foreach (var (at, change, cellEdits) in TableMarker.Mark(html, oldHtml, labels, () => NewId(html, ref next, ids)))
        {
            edits.AddRange(cellEdits);
            changes.Add((at, change));
        }

        foreach (var (at, change, chartEdits) in TableMarker.MarkCharts(html, oldHtml))
        {
            edits.AddRange(chartEdits);
            changes.Add((at, change));
        }

        return (Apply(html, edits), [.. changes.OrderBy(c => c.At).Select(c => c.Change)]);
    }

    internal static string Apply(string html, List<(int At, int Remove, string Insert)> edits)
    {
        var result = new StringBuilder(html.Length + (edits.Count * 80));
        var at = 0;
        foreach (var (position, remove, insert) in edits.OrderBy(e => e.At).ThenBy(e => e.Remove))
        {
            result.Append(html, at, position - at).Append(insert);
            at = position + remove;
        }

        result.Append(html, at, html.Length - at);
        return result.ToString();
    }

    private static bool Prose(HtmlBlock block) => block.Name is "p" or "blockquote" || block.IsHeading;

    private static string NewId(string html, ref int next, HashSet<string> ids)
    {
        string id;
        do
        {
            id = "change-" + (++next).ToString(CultureInfo.InvariantCulture);
        }
        while (html.Contains($"id=\"{id}\"", StringComparison.Ordinal) || !ids.Add(id));

        return id;
    }

    /// <summary>Per word of the new text whether it was put in, and before which word (the count: at the end) old words were taken out.</summary>
    private sealed record WordMarks(bool[] Inserted, string?[] DeletedBefore, bool Changed);

    private static WordMarks Words(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var inserted = new bool[@new.Count];
        var deleted = new string?[@new.Count + 1];
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', old), string.Join('\n', @new), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.InsertCountB; i++)
            {
                inserted[block.InsertStartB + i] = true;
            }

            if (block.DeleteCountA > 0)
            {
                var words = string.Join(' ', old.Skip(block.DeleteStartA).Take(block.DeleteCountA));
                var at = Math.Min(block.InsertStartB, @new.Count);
                deleted[at] = deleted[at] is null ? words : deleted[at] + " " + words;
            }
        }

        return new WordMarks(inserted, deleted, diff.DiffBlocks.Count > 0);
    }

    // Rewrites each run of text of the block with its changed words marked; the markup between runs stays.
    private static void MarkWords(string html, HtmlBlock block, WordMarks marks, ChangeLabels labels, List<(int, int, string)> edits)
    {
        var runs = block.Runs.Where(r => r.Length > 0).ToList();
        var k = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, length) = runs[r];
            var text = WebUtility.HtmlDecode(html.Substring(start, length));
            var output = new StringBuilder(text.Length + 64);
            var open = false;
            var tokens = Tokens(text).ToList();
            for (var t = 0; t < tokens.Count; t++)
            {
                var (token, space) = tokens[t];
                if (space)
                {
                    // White space inside a run of inserted words stays inside it.
                    var nextWord = tokens.Skip(t + 1).FirstOrDefault(x => !x.Space).Token;
                    if (open && (nextWord is null || !marks.Inserted[k] || marks.DeletedBefore[k] is not null))
                    {
                        output.Append("</ins>");
                        open = false;
                    }

                    output.Append(HtmlBlocks.Escape(token));
                    continue;
                }

                if (marks.DeletedBefore[k] is { } gone)
                {
                    if (open)
                    {
                        output.Append("</ins>");
                        open = false;
                    }

                    output.Append(Deleted(gone, labels)).Append(' ');
                }

                if (marks.Inserted[k] && !open)
                {
                    var first = k == 0 || !marks.Inserted[k - 1] || marks.DeletedBefore[k] is not null;
                    output.Append(first ? $"<ins><span class=\"change-label\">{HtmlBlocks.Escape(labels.Inserted)} </span>" : "<ins>");
                    open = true;
                }
                else if (!marks.Inserted[k] && open)
                {
                    output.Append("</ins>");
                    open = false;
                }

                output.Append(HtmlBlocks.Escape(token));
                k++;
            }

            if (open)
            {
                output.Append("</ins>");
            }

            if (r == runs.Count - 1 && k < marks.DeletedBefore.Length && marks.DeletedBefore[k] is { } end)
            {
                output.Append(' ').Append(Deleted(end, labels));
            }

            edits.Add((start, length, output.ToString()));
        }
    }

    internal static string Deleted(string words, ChangeLabels labels) =>
        $"<del><span class=\"change-label\">{HtmlBlocks.Escape(labels.Deleted)} </span>{HtmlBlocks.Escape(words)}</del>";

    private static IEnumerable<(string Token, bool Space)> Tokens(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var space = char.IsWhiteSpace(text[start]);
            var end = start;
            while (end < text.Length && char.IsWhiteSpace(text[end]) == space)
            {
                end++;
            }

            yield return (text[start..end], space);
            start = end;
        }
    }
}

using DiffPlex;
using DiffPlex.Chunkers;

namespace AnnualReport.Comparing;

/// <summary>Sequence and word differences (DiffPlex): which blocks of a page changed, and which words of a block.</summary>
internal static class TextDiffer
{
    /// <summary>
    /// The items that differ between two sequences, paired: a deleted run next to an inserted run
    /// is read as the same items changed, one by one; what is left over is added or removed.
    /// </summary>
    public static IReadOnlyList<(T? Old, T? New)> Align<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, Func<T, string> text)
        where T : class
    {
        // One item is one line of the joined text (normalised text holds no line breaks; be sure).
        string Line(T item) => text(item).Replace('\n', ' ').Replace('\r', ' ');

        var result = new List<(T?, T?)>();
        if (old.Count == 0 || @new.Count == 0)
        {
            result.AddRange(old.Select(o => ((T?)o, (T?)null)));
            result.AddRange(@new.Select(n => ((T?)null, (T?)n)));
            return result;
        }

        var diff = Differ.Instance.CreateDiffs(string.Join('\n', old.Select(Line)), string.Join('\n', @new.Select(Line)), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < Math.Max(block.DeleteCountA, block.InsertCountB); i++)
            {
                result.Add((
                    i < block.DeleteCountA ? old[block.DeleteStartA + i] : null,
                    i < block.InsertCountB ? @new[block.InsertStartB + i] : null));
            }
        }

        return result;
    }

    /// <summary>The runs of changed words between two texts, in order.</summary>
    public static IReadOnlyList<WordChange> Words(string old, string @new)
    {
        var a = Split(old);
        var b = Split(@new);
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', a), string.Join('\n', b), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        return [.. diff.DiffBlocks.Select(block => new WordChange(
            string.Join(' ', a.Skip(block.DeleteStartA).Take(block.DeleteCountA)),
            string.Join(' ', b.Skip(block.InsertStartB).Take(block.InsertCountB))))];
    }

    /// <summary>The new text with the old words it lost and the new words it gained marked, in reading order: (kind, words), kind 0 kept, -1 taken out, +1 put in.</summary>
    public static IReadOnlyList<(int Kind, string Words)> Inline(string old, string @new)
    {
        var a = Split(old);
        var b = Split(@new);
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', a), string.Join('\n', b), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var result = new List<(int, string)>();
        var next = 0;
        foreach (var block in diff.DiffBlocks)
        {
            if (block.InsertStartB > next)
            {
                result.Add((0, string.Join(' ', b[next..block.InsertStartB])));
            }

            if (block.DeleteCountA > 0)
            {
                result.Add((-1, string.Join(' ', a.Skip(block.DeleteStartA).Take(block.DeleteCountA))));
            }

            if (block.InsertCountB > 0)
            {
                result.Add((1, string.Join(' ', b.Skip(block.InsertStartB).Take(block.InsertCountB))));
            }

            next = block.InsertStartB + block.InsertCountB;
        }

        if (next < b.Length)
        {
            result.Add((0, string.Join(' ', b[next..])));
        }

        return result;
    }

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

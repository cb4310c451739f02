namespace AnnualReport.Drafts;

/// <summary>
/// Which of the texts taken out of a place and the texts put in there are the same text changed:
/// pairs in order that share the most words (at least a third of them, counted over both), so a
/// paragraph removed just before a reworded one is read as removed, and the reworded one as changed.
/// </summary>
internal static class Pairing
{
    private const double Threshold = 1.0 / 3;

    /// <summary>The old and new items of one changed run, in order: pairs, and unpaired items (the other side null).</summary>
    public static IReadOnlyList<(int? Old, int? New)> Pair(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var (n, m) = (old.Count, @new.Count);
        var words = (Old: old.Select(Words).ToList(), New: @new.Select(Words).ToList());
        var score = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var similarity = Similarity(words.Old[i - 1], words.New[j - 1]);
                score[i, j] = Math.Max(Math.Max(score[i - 1, j], score[i, j - 1]), similarity >= Threshold ? score[i - 1, j - 1] + similarity : 0);
            }
        }

        var result = new List<(int?, int?)>();
        var (a, b) = (n, m);
        while (a > 0 || b > 0)
        {
            if (a > 0 && b > 0 && Similarity(words.Old[a - 1], words.New[b - 1]) is var s && s >= Threshold && Math.Abs(score[a, b] - (score[a - 1, b - 1] + s)) < 1e-12)
            {
                result.Add((a - 1, b - 1));
                (a, b) = (a - 1, b - 1);
            }
            else if (b > 0 && (a == 0 || score[a, b - 1] >= score[a - 1, b]))
            {
                result.Add((null, b - 1));
                b--;
            }
            else
            {
                result.Add((a - 1, null));
                a--;
            }
        }

        result.Reverse();
        return result;
    }

    private static HashSet<string> Words(string text) => new(HtmlBlocks.Split(text.ToLowerInvariant()), StringComparer.Ordinal);

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}

using System.Text.RegularExpressions;

namespace AnnualReport.Comments;

/// <summary>
/// The reference numbers a draft prints in its left margin (design contract of issue 16): a word
/// matching <c>^\d+(\.\d+)*[a-z]*$</c> (a letter for a paragraph new since the earlier draft, <c>3.2.4a</c>) at least 4 mm left of the body text column. The column's left
/// edge is where most lines of the document start, so a number at the start of a body line (a
/// year in a table) is never taken for a label.
/// </summary>
internal static partial class MarginLabels
{
    /// <summary>4 mm in PDF units (1/72 inch), less half a unit for rounding.</summary>
    public const double MinimumGap = 4 / 25.4 * 72 - 0.5;

    /// <summary>The left edge of the body text: the most common start of a line, not counting label-like words.</summary>
    public static double? BodyLeft(IEnumerable<TextLine> lines)
    {
        var starts = lines
            .Select(l => l.Words.FirstOrDefault(w => !LooksLikeLabel(w.Text)))
            .Where(w => w is not null)
            .GroupBy(w => Math.Round(w!.Left))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        return starts is null ? null : starts.Min(w => w!.Left);
    }

    /// <summary>The labels among a page's words, top to bottom.</summary>
    public static IReadOnlyList<PlacedWord> On(IEnumerable<TextLine> lines, double? bodyLeft) =>
        bodyLeft is not { } left
            ? []
            : lines.SelectMany(l => l.Words).Where(w => IsLabel(w, left)).OrderByDescending(w => w.Top).ToList();

    public static bool IsLabel(PlacedWord word, double bodyLeft) => LooksLikeLabel(word.Text) && word.Right <= bodyLeft - MinimumGap;

    private static bool LooksLikeLabel(string text) => Label().IsMatch(text);

    [GeneratedRegex(@"^\d+(\.\d+)*[a-z]*$")]
    private static partial Regex Label();
}

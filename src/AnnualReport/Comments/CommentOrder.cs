namespace AnnualReport.Comments;

/// <summary>
/// Puts comments in the order an editor works through them: by page, top to bottom, left to
/// right; each reply right after the comment it answers (replies to replies too), in the order
/// they were written into the file. Then numbers them.
/// </summary>
internal static class CommentOrder
{
    public static IReadOnlyList<ReviewComment> Arrange(
        IReadOnlyList<FoundComment> found,
        Func<int, double, string?> referenceAt,
        Func<TextLine?, string?> lineText)
    {
        var replies = found.Where(f => f.Parent is not null).ToLookup(f => f.Parent!, ReferenceEqualityComparer.Instance);
        var result = new List<ReviewComment>();
        var numbers = new Dictionary<FoundComment, int>(ReferenceEqualityComparer.Instance);

        void Add(FoundComment comment, FoundComment root, string? reference)
        {
            var number = result.Count + 1;
            numbers[comment] = number;
            var isReply = comment.Parent is not null;
            result.Add(new ReviewComment(
                number,
                isReply ? numbers[comment.Parent!] : null,
                isReply ? root.Page : comment.Page,
                reference,
                comment.Kind,
                isReply ? null : comment.MarkedText ?? lineText(comment.Line),
                comment.Comment,
                comment.Author,
                comment.Date));
            foreach (var reply in replies[comment].OrderBy(r => r.Sequence))
            {
                Add(reply, root, reference);
            }
        }

        foreach (var comment in found.Where(f => f.Parent is null).OrderBy(f => f.Page).ThenByDescending(f => Math.Round(f.Y, 1)).ThenBy(f => f.X).ThenBy(f => f.Sequence))
        {
            Add(comment, comment, referenceAt(comment.Page, comment.Y));
        }

        return result;
    }
}

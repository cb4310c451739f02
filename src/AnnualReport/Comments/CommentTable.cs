using System.Globalization;
using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Comments;

/// <summary>
/// The comments as a table on the terminal: one row per comment (number, page, reference, kind,
/// author, date), the marked text and the comment indented under it, replies indented further.
/// Everything from the PDF goes through <see cref="SafeText.Printable"/>: no escape sequence a
/// reviewer's text might hold reaches the terminal.
/// </summary>
public static class CommentTable
{
    private const int MaxAuthor = 24;

    public static string Write(IReadOnlyList<ReviewComment> comments, string fileName)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var text = new StringBuilder();
        if (comments.Count == 0)
        {
            return text.AppendLine(SafeText.Printable(Messages.Format("comments.none", ("file", fileName)))).ToString();
        }

        text.AppendLine(SafeText.Printable(Messages.Format("comments.count", ("n", comments.Count), ("file", fileName))));
        var rows = comments.Select(c => new[]
        {
            c.Number.ToString(CultureInfo.InvariantCulture), c.Page.ToString(CultureInfo.InvariantCulture), c.Reference ?? "–",
            CommentColumns.Kind(c.Kind), SafeText.Excerpt(c.Author ?? string.Empty, MaxAuthor), CommentColumns.Date(c.Date),
        }).ToList();
        var headings = new[] { "number", "page", "reference", "kind", "author", "date" }.Select(k => Messages.Format("comments.column." + k)).ToArray();
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        text.AppendLine(Row(headings, widths));
        for (var i = 0; i < comments.Count; i++)
        {
            var c = comments[i];
            var indent = c.ReplyTo is null ? "    " : "        ";
            text.AppendLine(Row(rows[i], widths));
            if (c.ReplyTo is { } parent)
            {
                text.Append(indent).AppendLine(Messages.Format("comments.reply", ("n", parent)));
            }

            if (!string.IsNullOrEmpty(c.Text))
            {
                text.Append(indent).Append('«').Append(SafeText.Excerpt(c.Text, 300)).AppendLine("»");
            }

            foreach (var line in c.Comment.Split('\n').Where(l => l.Trim().Length > 0))
            {
                text.Append(indent).AppendLine(SafeText.Printable(line.TrimEnd()));
            }
        }

        if (comments.All(c => c.Reference is null))
        {
            text.AppendLine(Messages.Format("comments.no-reference"));
        }

        return text.ToString();
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i == cells.Count - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd();
}

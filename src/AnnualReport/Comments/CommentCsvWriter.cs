using System.Globalization;
using System.Text;
using AnnualReport.Publishing;

namespace AnnualReport.Comments;

/// <summary>
/// The comments as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads æøå),
/// comma separated, headings in the UI language. Reviewers' text that a spreadsheet could run as a
/// formula gets a leading <c>'</c>, as in the publication's downloads (<see cref="SpreadsheetText"/>).
/// </summary>
public static class CommentCsvWriter
{
    public static string Write(IReadOnlyList<ReviewComment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var csv = new StringBuilder("\uFEFF");
        csv.Append(string.Join(",", CommentColumns.Headings().Select(Text))).Append('\n');
        foreach (var c in comments)
        {
            csv.Append(string.Join(",", new[]
            {
                Number(c.Number), Number(c.ReplyTo), Number(c.Page), Text(c.Reference), Text(c.Kind),
                Text(c.Text), Text(c.Comment), Text(c.Author), Text(c.Date),
            })).Append('\n');
        }

        return csv.ToString();
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(string? field)
    {
        field ??= string.Empty;
        return SpreadsheetText.IsRisky(field) ? QuoteAlways(SpreadsheetText.Neutralise(field))
            : field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? QuoteAlways(field) : field;
    }

    private static string QuoteAlways(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

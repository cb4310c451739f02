using System.Globalization;
using System.Net;
using System.Text;
using AnnualReport.Localization;

namespace AnnualReport.Comments;

/// <summary>
/// The comments as one self-contained HTML page for the editor: a table with a caption and column
/// headers, replies marked and indented under the comment they answer, styles inline, no script
/// and nothing loaded from elsewhere (a Content-Security-Policy says so too). Words in the UI language.
/// </summary>
public static class CommentHtmlWriter
{
    private const string Style = """
        <style>
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}
        table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#eee}
        tr.reply td.comment{padding-left:2rem}
        .reply-to{display:block;font-size:.85em;color:#444}
        td.text{font-style:italic}
        @media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}
        </style>
        """;

    public static string Write(IReadOnlyList<ReviewComment> comments, string fileName)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var title = Messages.Format("comments.html.title", ("file", fileName));
        var count = Messages.Format("comments.count", ("n", comments.Count), ("file", fileName));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(UiLanguage.Current).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n").Append(Style).Append("\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n<table>\n<caption>")
            .Append(Encode(Messages.Format("comments.html.caption", ("count", count)))).Append("</caption>\n<thead>\n<tr>");
        foreach (var key in new[] { "number", "page", "reference", "kind", "text", "comment", "author", "date" })
        {
            html.Append("<th scope=\"col\">").Append(Encode(Messages.Format("comments.column." + key))).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var c in comments)
        {
            var number = c.Number.ToString(CultureInfo.InvariantCulture);
            html.Append(c.ReplyTo is null ? "<tr id=\"c" : "<tr class=\"reply\" id=\"c").Append(number).Append("\">")
                .Append("<th scope=\"row\">").Append(number).Append("</th>")
                .Append("<td>").Append(c.Page.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(Encode(c.Reference)).Append("</td>")
                .Append("<td>").Append(Encode(CommentColumns.Kind(c.Kind))).Append("</td>")
                .Append("<td class=\"text\">").Append(Encode(c.Text)).Append("</td>")
                .Append("<td class=\"comment\">");
            if (c.ReplyTo is { } parent)
            {
                var to = parent.ToString(CultureInfo.InvariantCulture);
                html.Append("<a class=\"reply-to\" href=\"#c").Append(to).Append("\">").Append(Encode(Messages.Format("comments.reply", ("n", to)))).Append("</a>");
            }

            html.Append(Encode(c.Comment)).Append("</td>")
                .Append("<td>").Append(Encode(c.Author)).Append("</td>")
                .Append("<td>");
            if (c.Date is { } date)
            {
                html.Append("<time datetime=\"").Append(Encode(date)).Append("\">").Append(Encode(CommentColumns.Date(date))).Append("</time>");
            }

            html.Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Text from the PDF as HTML text: escaped, line breaks kept, characters HTML forbids replaced.</summary>
    private static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new string(text.Select(ch => ch is '\n' or '\t' || !char.IsControl(ch) ? ch : '\uFFFD').ToArray());
        return WebUtility.HtmlEncode(clean).Replace("\n", "<br>", StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text;
using AnnualReport.Localization;
using AnnualReport.Rendering;

namespace AnnualReport.Comparing;

/// <summary>
/// <c>compare --out FILE.html</c>: the changes as one self-contained, printable page in the
/// edition's language (words from <c>templates/phrases/&lt;lang&gt;/compare.yaml</c>). No script and
/// nothing loaded from elsewhere; the one inline style sheet is allowed by its hash. Taken-out and
/// put-in words are <c>del</c>/<c>ins</c>, each with a hidden label for screen readers, and struck
/// through or underlined so that they show in print and without colour.
/// </summary>
public static class ComparisonHtmlWriter
{
    private const string Style = """

        body { font-family: "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.5; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; }
        h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 2px solid #1f5fa8; } h3 { font-size: 1.15rem; margin-top: 1.5rem; }
        ul.changes, ul.derived { padding-left: 1.25rem; } ul.changes > li { margin: 0.75rem 0; } ul.derived { font-size: 0.92rem; }
        .kind { font-weight: 700; } .where { color: #4a4a4a; }
        del { color: #8b0000; text-decoration: line-through; } ins { color: #005a00; text-decoration: underline; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        dl.builds div { display: flex; gap: 0.5rem; } dl.builds dt { font-weight: 700; } dl.builds dd { margin: 0; }
        @media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { break-after: avoid; } li { break-inside: avoid; } }

        """;

    public static string Write(BuildComparison comparison, PhraseBook phrases)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(phrases);
        string T(string key, params (string Name, object? Value)[] args) => E(phrases.Get("compare." + key, args));
        var words = new ChangeText((key, args) => phrases.Get("compare." + key, args), phrases.Culture);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(E(phrases.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(E(ContentSecurityPolicy.For(Style))).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(T("title")).Append(" – ").Append(E(comparison.New.Title ?? string.Empty)).Append("</title>\n");
        html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(T("title")).Append("</h1>\n");
        html.Append("<p>").Append(T("intro", ("title", comparison.New.Title ?? string.Empty))).Append("</p>\n");
        html.Append("<dl class=\"builds\">\n");
        foreach (var (key, build) in new[] { ("old-build", comparison.Old), ("new-build", comparison.New) })
        {
            html.Append("<div><dt>").Append(T(key)).Append("</dt><dd>").Append(E(build.Folder));
            if (build.Stamp is not null)
            {
                html.Append(" · ").Append(E(build.Stamp));
            }

            html.Append("</dd></div>\n");
        }

        html.Append("</dl>\n");
        if (comparison.Changes.Count == 0)
        {
            html.Append("<p>").Append(T("none")).Append("</p>\n");
        }
        else
        {
            html.Append("<p>").Append(T("count", ("n", comparison.Changes.Count), ("derived", comparison.Changes.Sum(c => c.Derived.Count)))).Append("</p>\n");
            foreach (var theme in comparison.Changes.GroupBy(c => c.Where.Theme))
            {
                html.Append("<section>\n<h2>").Append(theme.Key is null ? T("general") : E(comparison.ThemeTitle(theme.Key)!)).Append("</h2>\n");
                foreach (var indicator in theme.GroupBy(c => c.Where.Indicator))
                {
                    if (indicator.Key is not null)
                    {
                        html.Append("<h3>").Append(E(comparison.IndicatorTitle(indicator.Key)!)).Append("</h3>\n");
                    }

                    html.Append("<ul class=\"changes\">\n");
                    foreach (var change in indicator)
                    {
                        Item(html, change, words, T);
                    }

                    html.Append("</ul>\n");
                }

                html.Append("</section>\n");
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Item(StringBuilder html, BuildChange change, ChangeText words, Func<string, (string Name, object? Value)[], string> t)
    {
        html.Append("<li><span class=\"kind\">").Append(E(words.Kind(change))).Append("</span>");
        var where = words.Where(change);
        if (where.Length > 0)
        {
            html.Append(" <span class=\"where\">(").Append(E(where)).Append(")</span>");
        }

        if (!ChangeText.ReadsTheSame(change) && ChangeText.IsText(change) && change.Old is string old && change.New is string @new)
        {
            html.Append(": ");
            foreach (var (kind, text) in TextDiffer.Inline(old, @new))
            {
                html.Append(kind switch
                {
                    < 0 => $"<del><span class=\"visually-hidden\">{t("deleted", [])} </span>{E(text)}</del> ",
                    > 0 => $"<ins><span class=\"visually-hidden\">{t("inserted", [])} </span>{E(text)}</ins> ",
                    _ => E(text) + " ",
                });
            }
        }
        else if (!ChangeText.ReadsTheSame(change))
        {
            html.Append(": ");
            var before = words.Value(change.Old, 400);
            var after = words.Value(change.New, 400);
            html.Append(before is null ? t("added", [("new", after)]) : after is null ? t("removed", [("old", before)]) : t("arrow", [("old", before), ("new", after)]));
        }

        if (change.Derived.Count > 0)
        {
            html.Append("\n<p>").Append(t("derived", [("n", change.Derived.Count)])).Append("</p>\n<ul class=\"derived\">\n");
            foreach (var derived in change.Derived)
            {
                Item(html, derived, words, t);
            }

            html.Append("</ul>\n");
        }

        html.Append("</li>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

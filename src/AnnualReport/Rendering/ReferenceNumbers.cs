using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AnnualReport.Rendering;

/// <summary>
/// Gives every heading, paragraph, list, figure and table of the publication's chapters a reference
/// number a reviewer can quote: <c>3</c> for the third chapter's heading, <c>3.2</c> for its second
/// section's heading, <c>3.2.4</c> for the fourth element of that section (<c>3.0.1</c> before the
/// first section). Chapters are the regions marked <c>data-chapter="N"</c> in the templates (the
/// preface is 0, the themes 1…, the method chapter last), so a web page and the PDF number the same
/// content the same way; elements marked <c>data-noref</c>, navigation, and everything inside a
/// numbered element are not numbered. Every build carries the numbers as <c>data-ref</c>; a draft's
/// style sheets print them in the margin as generated content (<c>body.draft [data-ref]::before</c>)
/// with empty alternative text, so they are neither in the document's text, its headings and
/// bookmarks, nor read out by screen readers.
/// </summary>
public static partial class ReferenceNumbers
{
    private static readonly HashSet<string> Units = ["p", "ul", "ol", "dl", "figure", "table", "blockquote", "pre"];

    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>The HTML with the chapters' elements numbered.</summary>
    public static string Apply(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var result = new StringBuilder(html.Length + 4096);
        var stack = new List<(string Name, bool Skip, bool Chapter)>();
        int? chapter = null;
        int? headingLevel = null;
        var (section, element) = (0, 0);
        var at = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            result.Append(html, at, tag.Index - at);
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = tag.Groups["attributes"].Value;
            if (tag.Groups["close"].Success)
            {
                result.Append(tag.Value);
                var open = stack.FindLastIndex(e => e.Name == name);
                if (open >= 0)
                {
                    if (stack.Skip(open).Any(e => e.Chapter))
                    {
                        chapter = null;
                    }

                    stack.RemoveRange(open, stack.Count - open);
                }

                continue;
            }

            var selfClosing = attributes.EndsWith('/') || Void.Contains(name);
            var skipping = stack.Any(e => e.Skip);
            string? number = null;
            var starts = false;
            if (!skipping && ChapterAttribute().Match(attributes) is { Success: true } marked)
            {
                chapter = int.Parse(marked.Groups[1].Value, CultureInfo.InvariantCulture);
                (headingLevel, section, element, starts) = (null, 0, 0, true);
            }
            else if (!skipping && chapter is { } n && !attributes.Contains("data-noref", StringComparison.Ordinal) && name is not ("nav" or "svg"))
            {
                if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
                {
                    var level = name[1] - '0';
                    if (headingLevel is null)
                    {
                        headingLevel = level;
                        number = Text(n);
                    }
                    else if (level == headingLevel + 1)
                    {
                        (section, element) = (section + 1, 0);
                        number = Text(n, section);
                    }
                    else
                    {
                        number = Text(n, section, ++element);
                    }
                }
                else if (Units.Contains(name))
                {
                    number = Text(n, section, ++element);
                }
            }

            var skip = skipping || number is not null || name is "nav" or "svg" || (chapter is not null && attributes.Contains("data-noref", StringComparison.Ordinal));
            if (number is null)
            {
                result.Append(tag.Value);
            }
            else
            {
                result.Append(tag.Value.Insert(tag.Value.Length - (selfClosing && tag.Value.EndsWith("/>", StringComparison.Ordinal) ? 2 : 1), $" data-ref=\"{number}\""));
            }

            if (!selfClosing)
            {
                stack.Add((name, skip && !starts, starts));
            }
        }

        result.Append(html, at, html.Length - at);
        return result.ToString();
    }

    private static string Text(params int[] parts) => string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\sdata-chapter=""(\d+)""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChapterAttribute();
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AnnualReport.Rendering;

/// <summary>
/// Walks a parsed curated text before it is written as HTML and keeps only links that
/// <see cref="SafeUrl.Link"/> allows. A refused link keeps its words, without the link; an autolink
/// keeps its address as text. Images are never shown: the site has nowhere to take a curated
/// image from, and an image from elsewhere would load from outside (a tracker, say), so an image
/// is written as its alt text. Working on the syntax tree, not the HTML, means entity tricks
/// (<c>jav&amp;#x61;script:</c>) are judged after Markdig has decoded them.
/// </summary>
internal static class SafeLinkRewriter
{
    /// <summary>What <see cref="Rewrite"/> took out of a document, for the warnings.</summary>
    public static IReadOnlyList<RefusedLink> Refused(MarkdownDocument document) =>
        document.GetData(typeof(SafeLinkRewriter)) as IReadOnlyList<RefusedLink> ?? [];

    public static void Rewrite(MarkdownDocument document)
    {
        var refused = new List<RefusedLink>();
        document.SetData(typeof(SafeLinkRewriter), refused);

        // Snapshots of both kinds before anything changes: unwrapping a link rewires its siblings,
        // and a walk started after that can miss an autolink that follows it.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!link.IsImage && SafeUrl.Link(url) is { } safe)
            {
                link.Url = safe;
                link.GetDynamicUrl = null;
            }
            else
            {
                refused.Add(new RefusedLink(url ?? string.Empty, link.IsImage, Words(link)));
                Unwrap(link);
            }
        }

        foreach (var autolink in autolinks)
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (SafeUrl.Link(url) is null)
            {
                refused.Add(new RefusedLink(autolink.Url, Image: false, autolink.Url));
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static string Words(ContainerInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>Puts the link's words where the link was, and drops the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}

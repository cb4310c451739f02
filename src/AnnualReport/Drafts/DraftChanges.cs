using AnnualReport.Comparing;
using AnnualReport.Rendering;

namespace AnnualReport.Drafts;

/// <summary>
/// A draft built with <c>--since OLD</c>: every page marked against the same page of OLD (reference
/// numbers kept, words and figures marked, see <see cref="StableReferences"/> and
/// <see cref="ChangeMarker"/>), and the list of changes ("Endringer siden forrige utkast") placed
/// where the front page and the print document leave room for it (<see cref="Placeholder"/>): on
/// the front page every web page's changes, linked to their places; in the print document its own.
/// The print document is marked again each time it is rendered with page numbers.
/// </summary>
public static class DraftChanges
{
    /// <summary>Where the front page and the print document take the list of changes (written only when changes are marked).</summary>
    public const string Placeholder = "<!-- draft-changes -->";

    public static RenderedSite Apply(RenderedSite site, string oldFolder, SinceBuild since, string label, TemplateEngine engine)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(engine);
        var labels = new ChangeLabels(engine.Phrases.Get("compare.deleted"), engine.Phrases.Get("compare.inserted"));
        var marked = new Dictionary<string, (string Html, IReadOnlyList<MarkedChange> Changes)>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            marked[page.FileName] = Mark(page.Html, oldFolder, page.FileName, labels);
        }

        var web = site.Pages
            .Where(p => p.FileName != HtmlRenderer.PrintPage)
            .Select(p => new ChangeGroupView(Title(marked[p.FileName].Html), p.FileName, [.. marked[p.FileName].Changes.Select(c => Item(c, p.FileName == "index.html" ? string.Empty : p.FileName))]))
            .Where(g => g.Items.Count > 0)
            .ToList();
        string List(IReadOnlyList<ChangeGroupView> groups, bool print) =>
            engine.Render("partials/draft-changes", new { changes = new ChangeListView(label, since.Label, since.Fingerprint, groups.Sum(g => g.Items.Count), groups, print) });

        var pages = site.Pages.Select(p =>
        {
            var html = marked[p.FileName].Html;
            if (p.FileName == HtmlRenderer.PrintPage)
            {
                html = html.Replace(Placeholder, List(PrintGroups(marked[p.FileName].Changes), print: true), StringComparison.Ordinal);
            }
            else if (p.FileName == "index.html")
            {
                html = html.Replace(Placeholder, List(web, print: false), StringComparison.Ordinal);
            }

            return new RenderedPage(p.FileName, html);
        }).ToList();

        RenderedPage Print(IReadOnlyList<TocEntryView> toc)
        {
            var page = site.Print(toc);
            var (html, changes) = Mark(page.Html, oldFolder, page.FileName, labels);
            return new RenderedPage(page.FileName, html.Replace(Placeholder, List(PrintGroups(changes), print: true), StringComparison.Ordinal));
        }

        return site with { Pages = pages, Print = Print };
    }

    /// <summary>The page with what changed since the earlier build's page of the same name marked; a page the earlier build lacks stays as it is.</summary>
    private static (string Html, IReadOnlyList<MarkedChange> Changes) Mark(string html, string oldFolder, string fileName, ChangeLabels labels)
    {
        var old = Path.Combine(oldFolder, fileName);
        if (!File.Exists(old))
        {
            return (html, []);
        }

        var oldHtml = File.ReadAllText(old);
        return ChangeMarker.Mark(StableReferences.Keep(html, oldHtml), oldHtml, labels);
    }

    private static IReadOnlyList<ChangeGroupView> PrintGroups(IReadOnlyList<MarkedChange> changes) =>
        changes.Count == 0 ? [] : [new ChangeGroupView(null, string.Empty, [.. changes.Select(c => Item(c, string.Empty))])];

    private static ChangeItemView Item(MarkedChange change, string page) => new(
        change.Id.Length == 0 ? (page.Length == 0 ? "#" : page) : $"{page}#{change.Id}",
        change.Ref,
        change.Kind,
        change.Heading,
        change.Count,
        [.. (change.Kind == "text-changed" ? TextDiffer.Words(change.Old, change.New) : change.Kind == "text-added" ? [new WordChange(string.Empty, change.New)] : change.Kind == "text-removed" ? [new WordChange(change.Old, string.Empty)] : [])
            .Take(3)
            .Select(w => new WordChangeView(Model.SafeText.Excerpt(w.Old, 80), Model.SafeText.Excerpt(w.New, 80)))]);

    private static string? Title(string html)
    {
        var heading = HtmlBlocks.Read(html).FirstOrDefault(b => b.Name == "h1");
        return heading?.Text;
    }
}

/// <summary>The list of changes at the front of a draft.</summary>
/// <param name="Label">This draft's number.</param>
/// <param name="SinceLabel">The earlier draft's number, when it had one.</param>
/// <param name="Since">The earlier build's fingerprint, when it is known.</param>
/// <param name="Print">Whether the list is in the print document (links within it) or on the front page.</param>
public sealed record ChangeListView(string Label, string? SinceLabel, string? Since, int Count, IReadOnlyList<ChangeGroupView> Groups, bool Print);

/// <summary>The changes of one page (the front page's list) or of the whole print document (no title).</summary>
public sealed record ChangeGroupView(string? Title, string Href, IReadOnlyList<ChangeItemView> Items);

/// <summary>One change, linked to its place: its reference number, kind, the heading it is under, and up to three runs of changed words.</summary>
public sealed record ChangeItemView(string Href, string? Ref, string Kind, string? Where, int Count, IReadOnlyList<WordChangeView> Words);

/// <summary>Words taken out and put in.</summary>
public sealed record WordChangeView(string Old, string New);

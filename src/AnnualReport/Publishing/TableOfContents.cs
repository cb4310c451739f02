using AnnualReport.Rendering;

namespace AnnualReport.Publishing;

/// <summary>
/// Page numbers for the printed contents, found by printing once: each contents entry takes the
/// page of the next bookmark with the same title (bookmarks follow the headings in document order).
/// </summary>
public static class TableOfContents
{
    public static IReadOnlyList<TocEntryView> Number(IReadOnlyList<TocEntryView> contents, IReadOnlyList<(string Title, int Depth, int Page)> outline)
    {
        var next = 0;
        var numbered = new List<TocEntryView>();
        foreach (var entry in contents)
        {
            var found = -1;
            for (var i = next; i < outline.Count; i++)
            {
                if (outline[i].Title == entry.Title)
                {
                    found = i;
                    break;
                }
            }

            if (found < 0)
            {
                // The title is catalogue text and the CLI prints this message: made printable first.
                throw new InvalidOperationException($"the heading «{Model.SafeText.Excerpt(entry.Title)}» is missing from the printed bookmarks");
            }

            numbered.Add(entry with { Page = outline[found].Page.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            next = found + 1;
        }

        return numbered;
    }
}

using AnnualReport.Rendering;

namespace AnnualReport.Publishing;

/// <summary>
/// Page numbers for the printed contents, found by printing once: each contents entry takes the
/// page of the next bookmark with the same title (bookmarks follow the headings in document order);
/// a figure or table in the lists after the contents takes the page of its link's destination.
/// </summary>
public static class TableOfContents
{
    public static IReadOnlyList<TocEntryView> Number(IReadOnlyList<TocEntryView> contents, IReadOnlyList<(string Title, int Depth, int Page)> outline, IReadOnlyDictionary<string, int>? destinations = null)
    {
        var next = 0;
        var numbered = new List<TocEntryView>();
        foreach (var entry in contents)
        {
            if (entry.Level >= FigureNumbers.FigureLevel)
            {
                var page = destinations is not null && destinations.TryGetValue(entry.Href.TrimStart('#'), out var p)
                    ? p
                    : throw new InvalidOperationException($"the figure or table «{Model.SafeText.Excerpt(entry.Label)}» is missing from the printed link targets");
                numbered.Add(entry with { Page = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                continue;
            }

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

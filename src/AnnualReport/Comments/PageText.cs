using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace AnnualReport.Comments;

/// <summary>
/// The text of one PDF page as words and lines, and the two questions a comment asks of it: what
/// text lies under a highlight's quadrilaterals, and which line is at a note's position.
/// </summary>
internal sealed class PageText
{
    /// <summary>How far (PDF units) a note may sit from the nearest line and still be beside it.</summary>
    private const double NearbyDistance = 24;

    private readonly IReadOnlyList<Word> _words;

    private PageText(IReadOnlyList<Word> words)
    {
        _words = words;
        Lines = TextLine.Group(_words.Select(w => new PlacedWord(w.Text, w.BoundingBox.Left, w.BoundingBox.Right, w.BoundingBox.Bottom, w.BoundingBox.Top)));
    }

    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>
    /// The page's text; none when its text cannot be read (a font PdfPig cannot decode): the
    /// page's comments are still listed, with their page, only without the text they mark.
    /// </summary>
    public static PageText Of(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            return new PageText(page.GetWords().Where(w => w.Letters.Count > 0).ToList());
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            return new PageText([]);
        }
    }

    /// <summary>
    /// The letters whose centre lies inside one of the areas, word by word in reading order (the
    /// area's order first, as a highlight over several lines lists them top down); a word cut by
    /// the highlight contributes only its letters inside.
    /// </summary>
    public string? Under(IReadOnlyList<PdfRectangle> areas)
    {
        var parts = new List<(int Area, double Top, double Left, string Text)>();
        foreach (var word in _words)
        {
            var inside = new StringBuilder();
            var area = -1;
            foreach (var letter in word.Letters)
            {
                var centre = letter.BoundingBox.Centroid;
                var index = IndexOf(areas, centre);
                if (index >= 0)
                {
                    inside.Append(letter.Value);
                    area = area < 0 ? index : Math.Min(area, index);
                }
            }

            if (inside.Length > 0)
            {
                parts.Add((area, word.BoundingBox.Top, word.BoundingBox.Left, inside.ToString()));
            }
        }

        var text = string.Join(" ", parts.OrderBy(p => p.Area).ThenByDescending(p => Math.Round(p.Top)).ThenBy(p => p.Left).Select(p => p.Text)).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The body line at height <paramref name="y"/> (margin labels left out), or the nearest within a few lines.</summary>
    public TextLine? LineAt(double y)
    {
        TextLine? best = null;
        var distance = double.MaxValue;
        foreach (var line in Lines)
        {
            var d = y > line.Top ? y - line.Top : y < line.Bottom ? line.Bottom - y : 0;
            if (d < distance)
            {
                (best, distance) = (line, d);
            }
        }

        return distance <= NearbyDistance ? best : null;
    }

    private static int IndexOf(IReadOnlyList<PdfRectangle> areas, PdfPoint point)
    {
        for (var i = 0; i < areas.Count; i++)
        {
            var a = areas[i];
            if (point.X >= a.Left && point.X <= a.Right && point.Y >= a.Bottom && point.Y <= a.Top)
            {
                return i;
            }
        }

        return -1;
    }
}

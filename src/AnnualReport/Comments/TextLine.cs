namespace AnnualReport.Comments;

/// <summary>The words of a page that share a baseline, left to right.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedWord> Words)
{
    public double Bottom { get; } = Words.Min(w => w.Bottom);

    public double Top { get; } = Words.Max(w => w.Top);

    public double Middle => (Bottom + Top) / 2;

    /// <summary>Words that overlap vertically by half the smaller one's height sit on one line.</summary>
    public static IReadOnlyList<TextLine> Group(IEnumerable<PlacedWord> words)
    {
        var lines = new List<List<PlacedWord>>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.Middle))
        {
            var line = lines.LastOrDefault();
            if (line is not null && Overlaps(line, word))
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines.Select(l => new TextLine(l.OrderBy(w => w.Left).ToList())).ToList();
    }

    private static bool Overlaps(List<PlacedWord> line, PlacedWord word)
    {
        var top = line.Max(w => w.Top);
        var bottom = line.Min(w => w.Bottom);
        var overlap = Math.Min(top, word.Top) - Math.Max(bottom, word.Bottom);
        return overlap >= 0.5 * Math.Max(0.1, Math.Min(top - bottom, word.Top - word.Bottom));
    }
}

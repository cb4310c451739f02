using System.Globalization;

namespace AnnualReport.Charts;

/// <summary>A word-sized line for a summary table: the series' shape, without axes.</summary>
public sealed record SparklineSpec(string Id, string Title, int Decimals, IReadOnlyList<ChartPoint> Points, int Interval = 1, IReadOnlyList<ChartBreak>? Breaks = null)
{
    /// <summary>
    /// The spec as the municipal fact sheets still write it, with a culture and no phrase book
    /// (see <see cref="Sparkline.Render(SparklineSpec)"/>); goes when they pass a <c>Formats</c>.
    /// </summary>
    public SparklineSpec(string id, string title, int decimals, CultureInfo culture, IReadOnlyList<ChartPoint> points, int interval = 1, IReadOnlyList<ChartBreak>? breaks = null)
        : this(id, title, decimals, points, interval, breaks) => LegacyCulture = culture;

    /// <summary>The culture of a spec made by the old constructor; null otherwise.</summary>
    public CultureInfo? LegacyCulture { get; }
}

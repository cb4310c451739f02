using System.Globalization;
using System.Text;

namespace AnnualReport.Charts;

/// <summary>
/// Labels at the end of lines instead of a legend: wrapped to at most two lines so long group
/// names fit the margin, and pushed apart vertically so none overlap.
/// </summary>
internal static class DirectLabels
{
    private const double Gap = 18;
    private const double LineHeight = 15;
    private const int Characters = 22;
    private const double Offset = 10;

    /// <summary>One label: where its line ends (<see cref="Y"/>, <see cref="X"/>), its text and colour.</summary>
    public sealed record Label(double Y, string Text, string Colour, double X)
    {
        /// <summary>The series the label names, so the explore script can hide it with its line; null for a goal.</summary>
        public string? Series { get; init; }
    }

    /// <summary>The room the labels need right of their line ends: the widest wrapped line, in bold, and the offset.</summary>
    public static double Room(IEnumerable<string> texts) =>
        texts.SelectMany(t => Svg.Wrap(t, Characters)).Select(line => Svg.TextWidth(line, bold: true)).DefaultIfEmpty(0).Max() + Offset;

    public static void Append(StringBuilder svg, List<Label> labels, double bottom)
    {
        var placed = labels.OrderBy(l => l.Y).Select(l => (Label: l, Lines: Svg.Wrap(l.Text, Characters))).ToList();
        var heights = placed.Select(l => (l.Lines.Count - 1) * LineHeight).ToArray();
        var ys = placed.Select((l, i) => l.Label.Y - heights[i] / 2).ToArray();
        for (var i = 1; i < ys.Length; i++)
        {
            ys[i] = Math.Max(ys[i], ys[i - 1] + heights[i - 1] + Gap);
        }

        var overflow = ys.Length > 0 ? ys[^1] + heights[^1] - bottom : 0;
        for (var i = ys.Length - 1; overflow > 0 && i >= 0; i--)
        {
            ys[i] -= overflow;
            overflow = i > 0 ? ys[i - 1] + heights[i - 1] + Gap - ys[i] : 0;
        }

        svg.Append("<g class=\"labels\">");
        for (var i = 0; i < placed.Count; i++)
        {
            var (label, lines) = placed[i];
            var x = Svg.Coord(label.X + Offset);
            var series = label.Series is { } name ? ExploreData.Series(name) : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Svg.Coord(ys[i])}\" dy=\"0.32em\" fill=\"{label.Colour}\" font-weight=\"700\"{series}>");
            for (var line = 0; line < lines.Count; line++)
            {
                svg.Append(line == 0 ? "<tspan>" : string.Create(CultureInfo.InvariantCulture, $"<tspan x=\"{x}\" dy=\"{LineHeight}\">"));
                svg.Append(Svg.Escape(lines[line])).Append("</tspan>");
            }

            svg.Append("</text>");
        }

        svg.Append("</g>");
    }
}

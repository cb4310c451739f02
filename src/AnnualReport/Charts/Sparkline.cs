using System.Globalization;
using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Charts;

/// <summary>
/// A sparkline: the shape of a series in a small box, its latest point marked. It has no text of
/// its own; its title and description carry the first and last values for screen readers (and
/// the figures the source flags, as every chart names them), and the figures stand next to it in
/// the table, with their marks.
/// </summary>
public static class Sparkline
{
    private const double Width = 120;
    private const double Height = 32;
    private const double Pad = 4;

    public static string Render(SparklineSpec spec, Formats formats)
    {
        var points = spec.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Year).ToList();
        var description = points.Count == 0
            ? formats.Phrases.Get("charts.sparkline.no-figures")
            : LineChart.DescribeFromTo(formats.Phrases, "charts.sparkline.from-to", null, points, spec.Decimals, formats, spec.PerYear)
                + FlagMarks.Describe(formats, points.Select(p => (formats.When(p.Year, spec.PerYear), p.Flags)));
        return Draw(spec, points, description);
    }

    private static string Draw(SparklineSpec spec, List<ChartPoint> points, string description)
    {
        var svg = Svg.Open(spec.Id, Height, spec.Title, description, Width, "sparkline");
        if (points.Count > 0)
        {
            var (min, max) = (points.Min(p => p.Value!.Value), points.Max(p => p.Value!.Value));
            var (first, last) = (points[0].Year, points[^1].Year);
            double X(int year) => last == first ? Width / 2 : Pad + (year - first) * (Width - 2 * Pad) / (last - first);
            double Y(double value) => max - min < 1e-9 ? Height / 2 : Height - Pad - (value - min) * (Height - 2 * Pad) / (max - min);

            var path = LinePath.Build(spec.Points, spec.Interval, spec.Breaks ?? [], year => X((int)year), Y);

            var style = ChartPalette.For(0);
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{style.Colour}\" stroke-width=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.Coord(X(last))}\" cy=\"{Svg.Coord(Y(points[^1].Value!.Value))}\" r=\"3\" fill=\"{style.Colour}\"/>");
        }

        return Svg.Close(svg);
    }
}

using System.Globalization;
using System.Text;

namespace AnnualReport.Charts;

/// <summary>
/// The path of a line through a series: points are joined when they are one measurement apart
/// (<c>interval</c> years, 1 for yearly figures) and no series break lies between them; a missing
/// figure or a break starts a new segment, so nothing is bridged.
/// </summary>
internal static class LinePath
{
    public static string Build(IEnumerable<ChartPoint> points, int interval, IReadOnlyList<ChartBreak> breaks, Func<double, double> x, Func<double, double> y)
    {
        var path = new StringBuilder();
        ChartPoint? previous = null;
        foreach (var point in points.OrderBy(p => p.Year))
        {
            if (point.Value is { } value)
            {
                var joined = previous?.Value is not null
                    && point.Year - previous.Year <= interval
                    && !breaks.Any(b => b.Year > previous.Year && b.Year <= point.Year);
                path.Append(CultureInfo.InvariantCulture, $"{(joined ? "L" : "M")}{Svg.Coord(x(point.Year))} {Svg.Coord(y(value))}");
            }

            previous = point;
        }

        return path.ToString();
    }
}

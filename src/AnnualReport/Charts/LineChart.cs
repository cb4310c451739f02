using System.Globalization;
using System.Text;
using AnnualReport.Model;

namespace AnnualReport.Charts;

/// <summary>
/// Draws a line chart over time as inline SVG: one line per series, gaps where a year has no
/// value, a marker at every point, and the series named directly at the end of its line instead
/// of in a legend. Same spec, same bytes.
/// </summary>
public static class LineChart
{
    private const double Width = 680;
    private const double Height = 360;
    private const double Left = 56;
    private const double Right = 180;
    private const double Top = 40;
    private const double Bottom = 40;
    private const double FontSize = 13;
    private const double LabelGap = 16;
    private const double LineHeight = 15;
    private const int LabelChars = 22;

    public static string Render(LineChartSpec spec)
    {
        var points = spec.Series.SelectMany(s => s.Points).ToList();
        var values = points.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).ToList();
        var firstYear = points.Count > 0 ? points.Min(p => p.Year) : 0;
        var lastYear = points.Count > 0 ? points.Max(p => p.Year) : 0;
        var scale = values.Count > 0 ? NiceScale.For(values.Min(), values.Max(), spec.ZeroBased) : NiceScale.For(0, 100, true);

        double plotRight = Width - Right, plotBottom = Height - Bottom;
        double X(int year) => lastYear == firstYear ? (Left + plotRight) / 2 : Left + (year - firstYear) * (plotRight - Left) / (lastYear - firstYear);
        double Y(double value) => scale.Map(value, plotBottom, Top);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{spec.Id}-title {spec.Id}-desc\" font-size=\"{FontSize}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{spec.Id}-title\">{Escape(spec.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{spec.Id}-desc\">{Escape(Describe(spec, firstYear, lastYear))}</desc>");

        AppendYAxis(svg, spec, scale, plotRight, Y);
        AppendXAxis(svg, firstYear, lastYear, plotBottom, X);

        var labels = new List<(double Y, string Text, SeriesStyle Style, double X)>();
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var style = ChartPalette.For(i);
            AppendLine(svg, series, style, X, Y);
            var last = series.Points.LastOrDefault(p => p.Value.HasValue);
            if (last is not null)
            {
                labels.Add((Y(last.Value!.Value), $"{series.Label} {Format(last.Value.Value, spec)}", style, X(last.Year)));
            }
        }

        AppendDirectLabels(svg, labels);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void AppendYAxis(StringBuilder svg, LineChartSpec spec, NiceScale scale, double plotRight, Func<double, double> y)
    {
        var decimals = scale.TickDecimals();
        svg.Append("<g class=\"axis y\">");
        foreach (var tick in scale.Ticks())
        {
            var at = Coord(y(tick));
            var stroke = Math.Abs(tick) < 1e-9 ? ChartPalette.Axis : ChartPalette.Grid;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{plotRight}\" y1=\"{at}\" y2=\"{at}\" stroke=\"{stroke}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{at}\" dy=\"0.32em\" text-anchor=\"end\" fill=\"{ChartPalette.MutedText}\">{Escape(tick.ToString("N" + decimals, spec.Culture))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Top - 18}\" text-anchor=\"start\" fill=\"{ChartPalette.MutedText}\">{Escape(spec.AxisTitle)}</text>");
        svg.Append("</g>");
    }

    private static void AppendXAxis(StringBuilder svg, int firstYear, int lastYear, double plotBottom, Func<int, double> x)
    {
        var span = lastYear - firstYear;
        var step = span <= 12 ? 1 : span <= 24 ? 2 : 5;
        svg.Append("<g class=\"axis x\">");
        // Counted back from the latest year, so the year readers look for most always has a tick.
        for (var year = lastYear - (span / step * step); year <= lastYear; year += step)
        {
            var at = Coord(x(year));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{at}\" x2=\"{at}\" y1=\"{plotBottom}\" y2=\"{plotBottom + 5}\" stroke=\"{ChartPalette.Axis}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at}\" y=\"{plotBottom + 20}\" text-anchor=\"middle\" fill=\"{ChartPalette.MutedText}\">{year}</text>");
        }

        svg.Append("</g>");
    }

    private static void AppendLine(StringBuilder svg, ChartSeries series, SeriesStyle style, Func<int, double> x, Func<double, double> y)
    {
        var dash = style.Dash is null ? string.Empty : $" stroke-dasharray=\"{style.Dash}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\" fill=\"none\" stroke=\"{style.Colour}\">");

        // Only consecutive years are joined: a missing year is a gap, never bridged.
        var path = new StringBuilder();
        ChartPoint? previous = null;
        foreach (var point in series.Points.OrderBy(p => p.Year))
        {
            if (point.Value is { } value)
            {
                var joined = previous?.Value is not null && previous.Year == point.Year - 1;
                path.Append(CultureInfo.InvariantCulture, $"{(joined ? "L" : "M")}{Coord(x(point.Year))} {Coord(y(value))}");
            }

            previous = point;
        }

        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{dash}/>");
        }

        foreach (var point in series.Points.Where(p => p.Value.HasValue))
        {
            svg.Append(Marker(style, x(point.Year), y(point.Value!.Value)));
        }

        svg.Append("</g>");
    }

    private static string Marker(SeriesStyle style, double cx, double cy)
    {
        string X(double dx) => Coord(cx + dx);
        string Y(double dy) => Coord(cy + dy);
        var paint = $"fill=\"{style.Colour}\" stroke=\"#ffffff\" stroke-width=\"1\"";
        return style.Marker switch
        {
            "square" => $"<rect x=\"{X(-4)}\" y=\"{Y(-4)}\" width=\"8\" height=\"8\" {paint}/>",
            "triangle" => $"<path d=\"M{X(0)} {Y(-5)}L{X(5)} {Y(4)}L{X(-5)} {Y(4)}Z\" {paint}/>",
            "diamond" => $"<path d=\"M{X(0)} {Y(-5)}L{X(5)} {Y(0)}L{X(0)} {Y(5)}L{X(-5)} {Y(0)}Z\" {paint}/>",
            _ => $"<circle cx=\"{X(0)}\" cy=\"{Y(0)}\" r=\"4.5\" {paint}/>",
        };
    }

    /// <summary>
    /// Labels sit at the end of their line, wrapped to at most two lines so long group names fit
    /// the margin, and pushed apart vertically so none overlap.
    /// </summary>
    private static void AppendDirectLabels(StringBuilder svg, List<(double Y, string Text, SeriesStyle Style, double X)> labels)
    {
        var placed = labels.OrderBy(l => l.Y).Select(l => (l.Y, Lines: Wrap(l.Text, LabelChars), l.Style, l.X)).ToList();
        var heights = placed.Select(l => (l.Lines.Count - 1) * LineHeight).ToArray();
        var ys = placed.Select(l => l.Y - heights[placed.IndexOf(l)] / 2).ToArray();
        for (var i = 1; i < ys.Length; i++)
        {
            ys[i] = Math.Max(ys[i], ys[i - 1] + heights[i - 1] + LabelGap);
        }

        var overflow = ys.Length > 0 ? ys[^1] + heights[^1] - (Height - Bottom) : 0;
        for (var i = ys.Length - 1; overflow > 0 && i >= 0; i--)
        {
            ys[i] -= overflow;
            overflow = i > 0 ? ys[i - 1] + heights[i - 1] + LabelGap - ys[i] : 0;
        }

        svg.Append("<g class=\"labels\">");
        for (var i = 0; i < placed.Count; i++)
        {
            var (_, lines, style, x) = placed[i];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coord(x + 10)}\" y=\"{Coord(ys[i])}\" dy=\"0.32em\" fill=\"{style.Colour}\" font-weight=\"700\">");
            for (var line = 0; line < lines.Count; line++)
            {
                svg.Append(line == 0 ? "<tspan>" : string.Create(CultureInfo.InvariantCulture, $"<tspan x=\"{Coord(x + 10)}\" dy=\"{LineHeight}\">"));
                svg.Append(Escape(lines[line])).Append("</tspan>");
            }

            svg.Append("</text>");
        }

        svg.Append("</g>");
    }

    /// <summary>Breaks a label at spaces into lines of at most <paramref name="width"/> characters, two lines at most.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        if (text.Length <= width)
        {
            return [text];
        }

        var split = text.LastIndexOf(' ', Math.Min(width, text.Length - 1));
        return split <= 0 ? [text] : [text[..split], text[(split + 1)..]];
    }

    private static string Describe(LineChartSpec spec, int firstYear, int lastYear)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Linjediagram, {spec.AxisTitle.ToLower(spec.Culture)}, {firstYear}–{lastYear}.");
        foreach (var series in spec.Series)
        {
            var withValues = series.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Year).ToList();
            if (withValues.Count == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" {series.Label}: ingen tall.");
            }
            else if (withValues.Count == 1)
            {
                text.Append(CultureInfo.InvariantCulture, $" {series.Label}: {Format(withValues[0].Value!.Value, spec)} i {withValues[0].Year}.");
            }
            else
            {
                var (first, last) = (withValues[0], withValues[^1]);
                text.Append(CultureInfo.InvariantCulture, $" {series.Label}: fra {Format(first.Value!.Value, spec)} i {first.Year} til {Format(last.Value!.Value, spec)} i {last.Year}.");
            }
        }

        return text.ToString();
    }

    private static string Format(double value, LineChartSpec spec) => new NumberText(spec.Culture).Value(value, spec.Decimals);

    private static string Coord(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Only the markup characters: letters such as æøå stay as text, readable in the SVG source.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}

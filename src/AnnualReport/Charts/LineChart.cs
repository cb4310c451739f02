using System.Globalization;
using System.Text;
using AnnualReport.Model;

namespace AnnualReport.Charts;

/// <summary>
/// A line chart over time: one line per series with its own colour, marker and dash pattern,
/// gaps where a year has no value (never bridged), a visible break where the series breaks, an
/// optional goal line, and the series named at the end of its line instead of in a legend.
/// Same spec, same bytes.
/// </summary>
public static class LineChart
{
    private const double Height = 360;
    private const double MinLeft = 56;
    private const double MinRight = 180;
    private const double Margin = 4;
    private const double Top = 40;
    private const double Bottom = 40;

    public static string Render(LineChartSpec spec)
    {
        var points = spec.Series.SelectMany(s => s.Points).ToList();
        var values = points.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).Concat(spec.Goal is { } g ? [g.Value] : []).ToList();
        var (firstYear, lastYear) = points.Count > 0 ? (points.Min(p => p.Year), points.Max(p => p.Year)) : (0, 0);
        var scale = values.Count > 0 ? NiceScale.For(values.Min(), values.Max(), spec.ZeroBased) : NiceScale.For(0, 100, true);

        // The margins grow with the widest tick label and the widest line-end label, so no text leaves the chart.
        var plotLeft = Math.Max(MinLeft, Axes.ValueLabelWidth(scale, spec.Culture) + Axes.TickLabelGap + Margin);
        var endLabels = spec.Series.Select(s => s.Points.LastOrDefault(p => p.Value.HasValue) is { } l ? $"{s.Label} {Format(l.Value!.Value, spec)}" : null)
            .Append(spec.Goal?.Label).OfType<string>();
        double plotRight = Svg.Width - Math.Max(MinRight, DirectLabels.Room(endLabels) + Margin), plotBottom = Height - Bottom;
        double X(double year) => lastYear == firstYear ? (plotLeft + plotRight) / 2 : plotLeft + (year - firstYear) * (plotRight - plotLeft) / (lastYear - firstYear);
        double Y(double value) => scale.Map(value, plotBottom, Top);

        var svg = Svg.Open(spec.Id, Height, spec.Title, Describe(spec, firstYear, lastYear));
        Axes.AppendValueAxis(svg, scale, spec.Culture, spec.AxisTitle, plotLeft, plotRight, Top, Y);
        Axes.AppendYearAxis(svg, firstYear, lastYear, plotBottom, X);

        var breaks = spec.Breaks.Where(b => b.Year > firstYear && b.Year <= lastYear).ToList();
        foreach (var seriesBreak in breaks)
        {
            // Between the last year before the break and the first after it.
            var at = X(seriesBreak.Year - 0.5);
            Svg.Line(svg, at, Top - 4, at, plotBottom, ChartPalette.Axis, 1.5, "3 3");
            Svg.Text(svg, at + 4, Top - 4, $"Brudd {seriesBreak.Year}", ChartPalette.MutedText);
        }

        var labels = new List<DirectLabels.Label>();
        if (spec.Goal is { } goal)
        {
            Svg.Line(svg, plotLeft, Y(goal.Value), plotRight, Y(goal.Value), ChartPalette.Text, 1.5, "8 4");
            labels.Add(new DirectLabels.Label(Y(goal.Value), goal.Label, ChartPalette.Text, plotRight));
        }

        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var style = ChartPalette.For(i);
            AppendLine(svg, series, style, breaks, spec.Interval, spec.HighlightLatest, X, Y);
            if (series.Points.LastOrDefault(p => p.Value.HasValue) is { } last)
            {
                labels.Add(new DirectLabels.Label(Y(last.Value!.Value), $"{series.Label} {Format(last.Value.Value, spec)}", style.Colour, X(last.Year)));
            }
        }

        DirectLabels.Append(svg, labels, plotBottom);
        return Svg.Close(svg);
    }

    private static void AppendLine(StringBuilder svg, ChartSeries series, SeriesStyle style, List<ChartBreak> breaks, int interval, bool highlightLatest, Func<double, double> x, Func<double, double> y)
    {
        var dash = style.Dash is null ? string.Empty : $" stroke-dasharray=\"{style.Dash}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\" fill=\"none\" stroke=\"{style.Colour}\">");

        var path = LinePath.Build(series.Points, interval, breaks, x, y);
        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{dash}/>");
        }

        var withValues = series.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Year).ToList();
        foreach (var point in withValues)
        {
            var size = highlightLatest && point == withValues[^1] ? 1.6 : 1;
            svg.Append(Markers.Draw(style, x(point.Year), y(point.Value!.Value), size));
        }

        svg.Append("</g>");
    }

    private static string Describe(LineChartSpec spec, int firstYear, int lastYear)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Linjediagram, {spec.AxisTitle.ToLower(spec.Culture)}, {firstYear}–{lastYear}.");
        foreach (var series in spec.Series)
        {
            var withValues = series.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Year).ToList();
            text.Append(withValues.Count switch
            {
                0 => $" {series.Label}: ingen tall.",
                1 => $" {series.Label}: {Format(withValues[0].Value!.Value, spec)} i {withValues[0].Year}.",
                _ => $" {series.Label}: fra {Format(withValues[0].Value!.Value, spec)} i {withValues[0].Year} til {Format(withValues[^1].Value!.Value, spec)} i {withValues[^1].Year}.",
            });
        }

        foreach (var seriesBreak in spec.Breaks)
        {
            text.Append(CultureInfo.InvariantCulture, $" Brudd i serien i {seriesBreak.Year}: {seriesBreak.Note}");
        }

        if (spec.Goal is { } goal)
        {
            text.Append(CultureInfo.InvariantCulture, $" {goal.Label}.");
        }

        return text.ToString();
    }

    private static string Format(double value, LineChartSpec spec) => new NumberText(spec.Culture).Value(value, spec.Decimals);
}

using System.Globalization;
using System.Text;
using AnnualReport.Localization;

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

    public static string Render(LineChartSpec spec, Formats formats)
    {
        var points = spec.Series.SelectMany(s => s.Points).ToList();
        var values = points.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).Concat(spec.Goal is { } g ? [g.Value] : []).ToList();
        var (firstYear, lastYear) = points.Count > 0 ? (points.Min(p => p.Year), points.Max(p => p.Year)) : (0, 0);
        var scale = values.Count > 0 ? NiceScale.For(values.Min(), values.Max(), spec.ZeroBased) : NiceScale.For(0, 100, true);

        // The margins grow with the widest tick label and the widest line-end label, so no text leaves the chart.
        var plotLeft = Math.Max(MinLeft, Axes.ValueLabelWidth(scale, formats) + Axes.TickLabelGap + Margin);
        var endLabels = spec.Series.Select(s => s.Points.LastOrDefault(p => p.Value.HasValue) is { } l ? $"{s.Label} {formats.Number(l.Value!.Value, spec.Decimals)}" : null)
            .Append(spec.Goal?.Label).OfType<string>();
        double plotRight = Svg.Width - Math.Max(MinRight, DirectLabels.Room(endLabels) + Margin), plotBottom = Height - Bottom;
        double X(double year) => lastYear == firstYear ? (plotLeft + plotRight) / 2 : plotLeft + (year - firstYear) * (plotRight - plotLeft) / (lastYear - firstYear);
        double Y(double value) => scale.Map(value, plotBottom, Top);

        var svg = Svg.Open(spec.Id, Height, spec.Title, Describe(spec, formats, firstYear, lastYear));
        Axes.AppendValueAxis(svg, scale, formats, spec.AxisTitle, plotLeft, plotRight, Top, Y);
        Axes.AppendYearAxis(svg, firstYear, lastYear, plotBottom, X, spec.PerYear);

        var breaks = spec.Breaks.Where(b => b.Year > firstYear && b.Year <= lastYear).ToList();
        foreach (var seriesBreak in breaks)
        {
            // Between the last year before the break and the first after it.
            var at = X(seriesBreak.Year - 0.5);
            Svg.Line(svg, at, Top - 4, at, plotBottom, ChartPalette.Axis, 1.5, "3 3");
            Svg.Text(svg, at + 4, Top - 4, formats.Phrases.Get("charts.break-mark", ("year", formats.When(seriesBreak.Year, spec.PerYear))), ChartPalette.MutedText);
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
            AppendLine(svg, series, style, breaks, (spec.Interval, spec.Decimals, spec.HighlightLatest, spec.PerYear), formats, X, Y);
            AppendMarks(svg, series, formats.Phrases, X, Y);
            if (series.Points.LastOrDefault(p => p.Value.HasValue) is { } last)
            {
                labels.Add(new DirectLabels.Label(Y(last.Value!.Value), $"{series.Label} {formats.Number(last.Value.Value, spec.Decimals)}", style.Colour, X(last.Year)) { Series = series.Label });
            }
        }

        DirectLabels.Append(svg, labels, plotBottom);
        return Svg.Close(svg);
    }

    private static void AppendLine(StringBuilder svg, ChartSeries series, SeriesStyle style, List<ChartBreak> breaks, (int Interval, int Decimals, bool HighlightLatest, int PerYear) how, Formats formats, Func<double, double> x, Func<double, double> y)
    {
        var (interval, decimals, highlightLatest, perYear) = how;
        var dash = style.Dash is null ? string.Empty : $" stroke-dasharray=\"{style.Dash}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\" fill=\"none\" stroke=\"{style.Colour}\"{ExploreData.Series(series.Label)}>");

        var path = LinePath.Build(series.Points, interval, breaks, x, y);
        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{dash}/>");
        }

        var withValues = series.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Year).ToList();
        foreach (var point in withValues)
        {
            var size = highlightLatest && point == withValues[^1] ? 1.6 : 1;
            svg.Append(Markers.Draw(style, x(point.Year), y(point.Value!.Value), size, ExploreData.Year(formats.When(point.Year, perYear), point.Value.Value, decimals, formats)));
        }

        svg.Append("</g>");
    }

    /// <summary>The marks of the source's flags beside each flagged point ("p" for provisional), explained in the description and under the table.</summary>
    private static void AppendMarks(StringBuilder svg, ChartSeries series, PhraseBook phrases, Func<double, double> x, Func<double, double> y)
    {
        foreach (var point in series.Points.Where(p => p.Value.HasValue && p.Flags.Count > 0))
        {
            FlagMarks.Append(svg, x(point.Year) + 5, y(point.Value!.Value) - 7, point.Flags, phrases);
        }
    }

    private static string Describe(LineChartSpec spec, Formats formats, int firstYear, int lastYear)
    {
        var phrases = formats.Phrases;
        var text = new StringBuilder();
        string When(int place) => formats.When(place, spec.PerYear);
        text.Append(phrases.Get("charts.line.description", ("unit", spec.AxisTitle.ToLower(formats.Culture)), ("from", When(firstYear)), ("to", When(lastYear))));
        foreach (var series in spec.Series)
        {
            var withValues = series.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Year).ToList();
            text.Append(' ').Append(withValues.Count switch
            {
                0 => phrases.Get("charts.line.no-figures", ("label", series.Label)),
                1 => phrases.Get("charts.line.one-figure", ("label", series.Label), ("value", formats.Number(withValues[0].Value!.Value, spec.Decimals)), ("year", When(withValues[0].Year))),
                _ => DescribeFromTo(phrases, "charts.line.from-to", series.Label, withValues, spec.Decimals, formats, spec.PerYear),
            });
        }

        foreach (var seriesBreak in spec.Breaks)
        {
            text.Append(' ').Append(phrases.Get("charts.line.break", ("year", When(seriesBreak.Year)), ("note", seriesBreak.Note)));
        }

        // Each flag once, with the points it marks: "Provisional: Sweden 2023, Norway 2023."
        text.Append(FlagMarks.Describe(formats, spec.Series.SelectMany(s => s.Points.Where(p => p.Value.HasValue).Select(p => (phrases.Get("charts.point", ("label", s.Label), ("when", When(p.Year))), p.Flags)))));

        if (spec.Goal is { } goal)
        {
            text.Append(CultureInfo.InvariantCulture, $" {goal.Label}.");
        }

        return text.ToString();
    }

    /// <summary>"from 65.0 in 2017 to 68.2 in 2023": the first and last figure of a series, in the phrase <paramref name="key"/>.</summary>
    internal static string DescribeFromTo(PhraseBook phrases, string key, string? label, List<ChartPoint> withValues, int decimals, Formats formats, int perYear = 1) =>
        phrases.Get(
            key,
            ("label", label), ("first", formats.Number(withValues[0].Value!.Value, decimals)), ("from", formats.When(withValues[0].Year, perYear)),
            ("last", formats.Number(withValues[^1].Value!.Value, decimals)), ("to", formats.When(withValues[^1].Year, perYear)));
}

using System.Globalization;
using System.Text;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>
/// Small multiples: a grid of small line charts, one per panel, sharing the value and year axes
/// so panels compare at a glance. Each panel is titled with its category and ends in its latest
/// value; gaps and breaks are drawn as in the full line chart.
/// </summary>
public static class SmallMultiples
{
    private const double PanelHeight = 170;
    private const double Gutter = 24;
    private const double MinLeft = 40;
    private const double MinRight = 46;
    private const double ValueOffset = 8;

    public static string Render(SmallMultiplesSpec spec, Formats formats)
    {
        var columns = spec.Panels.Count <= 4 ? 2 : 3;
        var rows = (spec.Panels.Count + columns - 1) / columns;
        var points = spec.Panels.SelectMany(p => p.Points).ToList();
        var values = points.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).ToList();
        var (firstYear, lastYear) = points.Count > 0 ? (points.Min(p => p.Year), points.Max(p => p.Year)) : (0, 0);
        var scale = NiceScale.For(values.DefaultIfEmpty(0).Min(), values.DefaultIfEmpty(100).Max(), spec.ZeroBased, targetTicks: 3);
        var panelWidth = (Svg.Width - Gutter * (columns - 1)) / columns;

        // Room for the widest tick label on the left and the widest end value on the right of every panel.
        var margins = (
            Left: Math.Max(MinLeft, Axes.ValueLabelWidth(scale, formats) + 8),
            Right: Math.Max(MinRight, spec.Panels.Select(p => p.Points.LastOrDefault(x => x.Value.HasValue)).OfType<ChartPoint>()
                .Select(l => Svg.TextWidth(formats.Number(l.Value!.Value, spec.Decimals), bold: true) + ValueOffset + 4 + FlagMarks.Width(l.Flags, formats.Phrases)).DefaultIfEmpty(0).Max()));

        var svg = Svg.Open(spec.Id, rows * (PanelHeight + Gutter) + 10, spec.Title, Describe(spec, formats, firstYear, lastYear));
        Svg.Text(svg, 0, 12, spec.AxisTitle, ChartPalette.MutedText);
        for (var i = 0; i < spec.Panels.Count; i++)
        {
            var (left, top) = ((i % columns) * (panelWidth + Gutter), 30 + (i / columns) * (PanelHeight + Gutter));
            AppendPanel(svg, spec, spec.Panels[i], formats, scale, (firstYear, lastYear), (left, top, panelWidth), margins);
        }

        return Svg.Close(svg);
    }

    private static void AppendPanel(StringBuilder svg, SmallMultiplesSpec spec, ChartSeries panel, Formats formats, NiceScale scale, (int First, int Last) years, (double Left, double Top, double Width) box, (double Left, double Right) margins)
    {
        var (firstYear, lastYear) = years;
        var (left, top, width) = box;
        double plotLeft = left + margins.Left, plotRight = left + width - margins.Right, plotTop = top + 26, plotBottom = top + PanelHeight - 28;
        double X(double year) => lastYear == firstYear ? (plotLeft + plotRight) / 2 : plotLeft + (year - firstYear) * (plotRight - plotLeft) / (lastYear - firstYear);
        double Y(double value) => scale.Map(value, plotBottom, plotTop);

        Svg.Text(svg, left, top + 8, panel.Label, ChartPalette.Text, bold: true);
        foreach (var tick in scale.Ticks())
        {
            Svg.Line(svg, plotLeft, Y(tick), plotRight, Y(tick), Math.Abs(tick) < 1e-9 ? ChartPalette.Axis : ChartPalette.Grid);
            Svg.Text(svg, plotLeft - 6, Y(tick), Axes.Tick(tick, scale, formats), ChartPalette.MutedText, "end");
        }

        foreach (var year in new[] { firstYear, lastYear }.Distinct())
        {
            Svg.Text(svg, X(year), plotBottom + 16, spec.PerYear == 1 ? year.ToString(CultureInfo.InvariantCulture) : formats.When(year, spec.PerYear), ChartPalette.MutedText, "middle");
        }

        var style = ChartPalette.For(0);
        var path = LinePath.Build(panel.Points, spec.Interval, spec.Breaks, X, Y);

        foreach (var seriesBreak in spec.Breaks.Where(b => b.Year > firstYear && b.Year <= lastYear))
        {
            Svg.Line(svg, X(seriesBreak.Year - 0.5), plotTop, X(seriesBreak.Year - 0.5), plotBottom, ChartPalette.Axis, 1.5, "3 3");
        }

        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{style.Colour}\" stroke-width=\"2\"/>");
        }

        // The flags' marks beside each flagged point, as in the full line chart; the last point's after its value.
        var last = panel.Points.LastOrDefault(p => p.Value.HasValue);
        foreach (var point in panel.Points.Where(p => p.Value.HasValue && p.Flags.Count > 0 && p != last))
        {
            FlagMarks.Append(svg, X(point.Year) + 5, Y(point.Value!.Value) - 7, point.Flags, formats.Phrases);
        }

        if (last is not null)
        {
            svg.Append(Markers.Draw(style, X(last.Year), Y(last.Value!.Value), data: ExploreData.Series(panel.Label) + ExploreData.Year(formats.When(last.Year, spec.PerYear), last.Value.Value, spec.Decimals, formats)));
            var label = formats.Number(last.Value.Value, spec.Decimals);
            Svg.Text(svg, X(last.Year) + ValueOffset, Y(last.Value.Value), label, style.Colour, bold: true);
            FlagMarks.AfterLabel(svg, (X(last.Year) + ValueOffset, Y(last.Value.Value)), label, false, last.Flags, formats.Phrases);
        }
        else
        {
            Svg.Text(svg, (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, formats.Phrases.Get("charts.small-multiples.no-figures"), ChartPalette.MutedText, "middle");
        }
    }

    // The panels are described in the line chart's words: each is a line over the same years.
    private static string Describe(SmallMultiplesSpec spec, Formats formats, int firstYear, int lastYear) =>
        formats.Phrases.Get("charts.small-multiples.description", ("unit", spec.AxisTitle.ToLower(formats.Culture)), ("from", formats.When(firstYear, spec.PerYear)), ("to", formats.When(lastYear, spec.PerYear))) + " " +
        string.Join(" ", spec.Panels.Select(p =>
        {
            var withValues = p.Points.Where(x => x.Value.HasValue).OrderBy(x => x.Year).ToList();
            return withValues.Count == 0
                ? formats.Phrases.Get("charts.line.no-figures", ("label", p.Label))
                : LineChart.DescribeFromTo(formats.Phrases, "charts.line.from-to", p.Label, withValues, spec.Decimals, formats, spec.PerYear);
        }))
        + FlagMarks.Describe(formats, spec.Panels.SelectMany(p => p.Points.Where(x => x.Value.HasValue).Select(x => (formats.Phrases.Get("charts.point", ("label", p.Label), ("when", formats.When(x.Year, spec.PerYear))), x.Flags))));
}

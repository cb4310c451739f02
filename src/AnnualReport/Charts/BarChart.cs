using System.Globalization;
using AnnualReport.Data;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>
/// A horizontal bar chart: one bar per category on a zero-based axis, each labelled with its
/// value. A category without a value (suppressed, too uncertain) shows its symbol where the bar
/// would start, never a bar of zero.
/// </summary>
public static class BarChart
{
    private const double RowHeight = 30;
    private const double BarHeight = 18;

    public static string Render(BarChartSpec spec, Formats formats)
    {
        var bars = spec.Sorted ? spec.Bars.OrderByDescending(b => b.Value ?? double.MinValue).ToList() : spec.Bars.ToList();
        var values = bars.Where(b => b.Value.HasValue).Select(b => b.Value!.Value).ToList();
        var scale = NiceScale.For(values.DefaultIfEmpty(0).Min(), values.DefaultIfEmpty(100).Max(), zeroBased: true);
        // Room right of the plot for the widest value label (bold, 6 units from the bar's end) and its flags' marks.
        var valueRoom = Math.Max(70, bars.Select(b => Svg.TextWidth(b.Value is { } v ? formats.Number(v, spec.Decimals) : b.Status ?? StatusSymbols.NotAvailable, bold: true) + 10 + (b.Value.HasValue ? FlagMarks.Width(b.Flags, formats.Phrases) : 0)).DefaultIfEmpty(0).Max());
        var layout = CategoryLayout.For(bars.Select(b => b.Label), bars.Count, RowHeight, valueRoom);
        double X(double value) => scale.Map(value, layout.PlotLeft, layout.PlotRight);

        var svg = Svg.Open(spec.Id, layout.Bottom + 16, spec.Title, Describe(spec, bars, formats));
        Axes.AppendHorizontalValueAxis(svg, scale, formats, spec.AxisTitle, layout.Top, layout.Bottom, X);
        var style = ChartPalette.For(0);
        for (var row = 0; row < bars.Count; row++)
        {
            var bar = bars[row];
            layout.AppendLabel(svg, row, bar.Label);
            var centre = layout.RowCentre(row);
            if (bar.Value is { } value)
            {
                var (from, to) = (X(Math.Min(0, value)), X(Math.Max(0, value)));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.Coord(from)}\" y=\"{Svg.Coord(centre - BarHeight / 2)}\" width=\"{Svg.Coord(Math.Max(to - from, 0.5))}\" height=\"{Svg.Coord(BarHeight)}\" fill=\"{style.Colour}\"{ExploreData.Category(spec.Group ?? spec.AxisTitle, bar.Label, value, spec.Decimals, formats)}/>");
                var end = value < 0 ? from - 6 : to + 6;
                var label = formats.Number(value, spec.Decimals);
                Svg.Text(svg, end, centre, label, ChartPalette.Text, value < 0 ? "end" : "start", bold: true);
                FlagMarks.AfterLabel(svg, (end, centre), label, value < 0, bar.Flags, formats.Phrases);
            }
            else
            {
                Svg.Text(svg, X(0) + 6, centre, bar.Status ?? StatusSymbols.NotAvailable, ChartPalette.Text, bold: true);
            }
        }

        return Svg.Close(svg);
    }

    private static string Describe(BarChartSpec spec, List<ChartBar> bars, Formats formats)
    {
        var phrases = formats.Phrases;
        var withValues = bars.Where(b => b.Value.HasValue).ToList();
        var text = phrases.Get("charts.bar.description", ("unit", spec.AxisTitle.ToLower(formats.Culture)), ("n", bars.Count));
        if (withValues.Count > 0)
        {
            var (high, low) = (withValues.MaxBy(b => b.Value)!, withValues.MinBy(b => b.Value)!);
            text += " " + phrases.Get(
                "charts.bar.extremes",
                ("high", high.Label), ("high-value", formats.Number(high.Value!.Value, spec.Decimals)),
                ("low", low.Label), ("low-value", formats.Number(low.Value!.Value, spec.Decimals)));
        }

        text += " " + string.Join("; ", bars.Select(b => $"{b.Label}: {(b.Value is { } v ? formats.Number(v, spec.Decimals) : Missing(b.Status ?? StatusSymbols.NotAvailable, formats))}")) + ".";
        return text + FlagMarks.Describe(formats, bars.Where(b => b.Value.HasValue).Select(b => (b.Label, b.Flags)));
    }

    /// <summary>A missing bar in words: its symbol and what the symbol means.</summary>
    private static string Missing(string symbol, Formats formats) => formats.Phrases.Get(
        "charts.bar.missing",
        ("symbol", symbol),
        ("meaning", formats.Phrases.Get($"symbols.{StatusSymbols.Key(symbol)}").ToLower(formats.Culture)));
}

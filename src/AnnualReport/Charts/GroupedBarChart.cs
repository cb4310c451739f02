using System.Globalization;
using AnnualReport.Data;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>
/// Grouped horizontal bars. Every bar carries its series name and value at its end ("Menn 72,0"),
/// so the chart needs no legend and no colour to be read; the series also differ in colour.
/// </summary>
public static class GroupedBarChart
{
    private const double BarHeight = 16;
    private const double BarGap = 4;

    public static string Render(GroupedBarChartSpec spec, Formats formats)
    {
        var values = spec.Values.SelectMany(v => v).Where(b => b.Value.HasValue).Select(b => b.Value!.Value).ToList();
        var scale = NiceScale.For(values.DefaultIfEmpty(0).Min(), values.DefaultIfEmpty(100).Max(), zeroBased: true);
        var rowHeight = spec.Series.Count * (BarHeight + BarGap) + 16;
        // Room for the widest bar label as printed (series name and value, bold) and its flags' marks.
        var valueRoom = spec.Values.SelectMany(row => row.Select((bar, s) => Svg.TextWidth($"{spec.Series[s]} {(bar.Value is { } v ? formats.Number(v, spec.Decimals) : bar.Status ?? StatusSymbols.NotAvailable)}", bold: true) + 10
            + (bar.Value.HasValue ? FlagMarks.Width(bar.Flags, formats.Phrases) : 0))).DefaultIfEmpty(0).Max();
        var layout = CategoryLayout.For(spec.Categories, spec.Categories.Count, rowHeight, valueRoom);
        double X(double value) => scale.Map(value, layout.PlotLeft, layout.PlotRight);

        var svg = Svg.Open(spec.Id, layout.Bottom + 12, spec.Title, Describe(spec, formats));
        Axes.AppendHorizontalValueAxis(svg, scale, formats, spec.AxisTitle, layout.Top, layout.Bottom, X);
        for (var row = 0; row < spec.Categories.Count; row++)
        {
            layout.AppendLabel(svg, row, spec.Categories[row]);
            var top = layout.RowCentre(row) - spec.Series.Count * (BarHeight + BarGap) / 2 + BarGap / 2;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var bar = spec.Values[row][s];
                var centre = top + s * (BarHeight + BarGap) + BarHeight / 2;
                var style = ChartPalette.For(s);
                if (bar.Value is { } value)
                {
                    var (from, to) = (X(Math.Min(0, value)), X(Math.Max(0, value)));
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.Coord(from)}\" y=\"{Svg.Coord(centre - BarHeight / 2)}\" width=\"{Svg.Coord(Math.Max(to - from, 0.5))}\" height=\"{Svg.Coord(BarHeight)}\" fill=\"{style.Colour}\"{ExploreData.Category(spec.Series[s], spec.Categories[row], value, spec.Decimals, formats)}/>");
                    var label = $"{spec.Series[s]} {formats.Number(value, spec.Decimals)}";
                    Svg.Text(svg, value < 0 ? from - 6 : to + 6, centre, label, style.Colour, value < 0 ? "end" : "start", bold: true);
                    FlagMarks.AfterLabel(svg, (value < 0 ? from - 6 : to + 6, centre), label, value < 0, bar.Flags, formats.Phrases);
                }
                else
                {
                    Svg.Text(svg, X(0) + 6, centre, $"{spec.Series[s]} {bar.Status ?? StatusSymbols.NotAvailable}", ChartPalette.Text, bold: true);
                }
            }
        }

        return Svg.Close(svg);
    }

    private static string Describe(GroupedBarChartSpec spec, Formats formats) =>
        formats.Phrases.Get("charts.grouped.description", ("unit", spec.AxisTitle.ToLower(formats.Culture))) + " " + string.Join(" ", spec.Categories.Select((category, row) =>
            $"{category}: " + string.Join(", ", spec.Series.Select((series, s) =>
                $"{series} {(spec.Values[row][s].Value is { } v ? formats.Number(v, spec.Decimals) : spec.Values[row][s].Status ?? StatusSymbols.NotAvailable)}")) + "."))
        // A flagged bar is named by its category and series, as the bars are read: "Sweden, women".
        + FlagMarks.Describe(formats, spec.Categories.SelectMany((category, row) => spec.Series.Select((series, s) => (Figure: formats.Phrases.Get("pages.tables.category-group", ("category", category), ("group", series)), Bar: spec.Values[row][s])))
            .Where(x => x.Bar.Value.HasValue).Select(x => (x.Figure, x.Bar.Flags)));
}

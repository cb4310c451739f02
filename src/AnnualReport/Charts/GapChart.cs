using System.Globalization;
using System.Text;
using AnnualReport.Data;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>
/// A gap chart (dot plot): per category the group as a filled dot and the reference as an open
/// ring, joined by a line, with the gap written at the right. Filled against open tells the two
/// apart without colour; a legend above says which is which.
/// </summary>
public static class GapChart
{
    private const double RowHeight = 30;

    public static string Render(GapChartSpec spec, Formats formats)
    {
        var values = spec.Rows.SelectMany(r => new[] { r.Value, r.ReferenceValue }).OfType<double>().ToList();
        var scale = NiceScale.For(values.DefaultIfEmpty(0).Min(), values.DefaultIfEmpty(100).Max(), spec.ZeroBased);
        var layout = CategoryLayout.For(spec.Rows.Select(r => r.Label), spec.Rows.Count, RowHeight, valueRoom: 80, top: 78);
        double X(double value) => scale.Map(value, layout.PlotLeft, layout.PlotRight);
        var (group, reference) = (ChartPalette.For(0), ChartPalette.For(1));

        var svg = Svg.Open(spec.Id, layout.Bottom + 12, spec.Title, Describe(spec, formats));
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.Coord(layout.PlotLeft + 6)}\" cy=\"14\" r=\"6\" fill=\"{group.Colour}\"/>");
        Svg.Text(svg, layout.PlotLeft + 18, 14, spec.Group, ChartPalette.Text);
        var second = layout.PlotLeft + 36 + Svg.TextWidth(spec.Group);
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.Coord(second)}\" cy=\"14\" r=\"5\" fill=\"#ffffff\" stroke=\"{reference.Colour}\" stroke-width=\"2.5\"/>");
        Svg.Text(svg, second + 12, 14, spec.Reference, ChartPalette.Text);
        Svg.Text(svg, Svg.Width - 4, layout.Top - 28, formats.Phrases.Get("charts.gap.difference"), ChartPalette.MutedText, "end");

        Axes.AppendHorizontalValueAxis(svg, scale, formats, spec.AxisTitle, layout.Top, layout.Bottom, X);
        for (var row = 0; row < spec.Rows.Count; row++)
        {
            var item = spec.Rows[row];
            var centre = layout.RowCentre(row);
            layout.AppendLabel(svg, row, item.Label);
            if (item.Value is { } v && item.ReferenceValue is { } r)
            {
                Svg.Line(svg, X(v), centre, X(r), centre, ChartPalette.Axis, 2);
            }

            if (item.ReferenceValue is { } refValue)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.Coord(X(refValue))}\" cy=\"{Svg.Coord(centre)}\" r=\"5\" fill=\"#ffffff\" stroke=\"{reference.Colour}\" stroke-width=\"2.5\"{ExploreData.Category(spec.Reference, item.Label, refValue, spec.Decimals, formats)}/>");
            }

            if (item.Value is { } value)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.Coord(X(value))}\" cy=\"{Svg.Coord(centre)}\" r=\"6\" fill=\"{group.Colour}\"{ExploreData.Category(spec.Group, item.Label, value, spec.Decimals, formats)}/>");
            }

            AppendMarks(svg, item, centre, X, formats.Phrases);
            var gap = item.Value - item.ReferenceValue;
            Svg.Text(svg, Svg.Width - 4, centre, gap is { } g ? formats.Signed(g, spec.Decimals) : item.Status ?? StatusSymbols.NotAvailable, ChartPalette.Text, "end", bold: true);
        }

        return Svg.Close(svg);
    }

    /// <summary>
    /// The flags' marks of the two figures of a row, each above its dot on the side away from the
    /// other dot, so two close dots do not run their marks together.
    /// </summary>
    private static void AppendMarks(StringBuilder svg, GapRow row, double centre, Func<double, double> x, PhraseBook phrases)
    {
        if (row.Value is { } value)
        {
            var left = row.ReferenceValue > value;
            FlagMarks.Append(svg, x(value) + (left ? -7 : 7), centre - 9, row.Flags, phrases, left ? "end" : "start");
        }

        if (row.ReferenceValue is { } reference)
        {
            var left = row.Value > reference;
            FlagMarks.Append(svg, x(reference) + (left ? -7 : 7), centre - 9, row.ReferenceFlags, phrases, left ? "end" : "start");
        }
    }

    private static string Describe(GapChartSpec spec, Formats formats)
    {
        var phrases = formats.Phrases;
        return phrases.Get("charts.gap.description", ("unit", spec.AxisTitle.ToLower(formats.Culture)), ("group", spec.Group), ("reference", spec.Reference)) + " " +
            string.Join(" ", spec.Rows.Select(r => r.Value is { } v && r.ReferenceValue is { } rv
                ? phrases.Get("charts.gap.row", ("label", r.Label), ("value", formats.Number(v, spec.Decimals)), ("reference", formats.Number(rv, spec.Decimals)), ("gap", formats.Signed(v - rv, spec.Decimals)))
                : phrases.Get("charts.gap.row-missing", ("label", r.Label), ("symbol", r.Status ?? StatusSymbols.NotAvailable))))
            // A flagged dot is named by its category and whose it is: "Sweden, immigrants".
            + FlagMarks.Describe(formats, spec.Rows.SelectMany(r => new[]
            {
                (Figure: phrases.Get("pages.tables.category-group", ("category", r.Label), ("group", spec.Group)), Shown: r.Value.HasValue, r.Flags),
                (Figure: phrases.Get("pages.tables.category-group", ("category", r.Label), ("group", spec.Reference)), Shown: r.ReferenceValue.HasValue, Flags: r.ReferenceFlags),
            }).Where(x => x.Shown).Select(x => (x.Figure, x.Flags)));
    }
}

using System.Globalization;
using System.Text;

namespace AnnualReport.Charts;

/// <summary>
/// The legend of a line chart on the web page: one toggle button per series with its colour,
/// dash and marker, hidden until the explore script runs and shows it (the chart names its lines
/// at their ends, so without the script nothing is missing). The print document never has it.
/// </summary>
public static class ChartLegend
{
    /// <summary>The legend's HTML, or empty when the chart has fewer than two series (nothing to tell apart or hide).</summary>
    public static string Render(LineChartSpec spec, Localization.Formats formats)
    {
        if (spec.Series.Count < 2)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<ul class=\"chart-legend\" data-chart=\"{Svg.Escape(spec.Id)}\" aria-label=\"{Svg.Escape(formats.Phrases.Get("charts.explore.legend"))}\" hidden>");
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var style = ChartPalette.For(i);
            var label = Svg.Escape(spec.Series[i].Label);
            var dash = style.Dash is null ? string.Empty : $" stroke-dasharray=\"{style.Dash}\"";
            html.Append(CultureInfo.InvariantCulture, $"<li><button type=\"button\" aria-pressed=\"true\" data-series=\"{label}\">");
            html.Append(CultureInfo.InvariantCulture, $"<svg class=\"swatch\" viewBox=\"0 0 32 14\" width=\"32\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><line x1=\"1\" y1=\"7\" x2=\"31\" y2=\"7\" stroke=\"{style.Colour}\" stroke-width=\"2.5\"{dash}/>");
            html.Append(Markers.Draw(style, 16, 7));
            html.Append(CultureInfo.InvariantCulture, $"</svg>{label}</button></li>");
        }

        return html.Append("</ul>").ToString();
    }
}

using System.Globalization;
using System.Text;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>Value and year axes shared by the charts: round ticks with grid lines, and years counted back from the latest.</summary>
internal static class Axes
{
    /// <summary>Room between a vertical axis' tick labels and the plot.</summary>
    public const double TickLabelGap = 8;

    /// <summary>The widest tick label of a value axis, as printed.</summary>
    public static double ValueLabelWidth(NiceScale scale, Formats formats, double size = Svg.FontSize) =>
        scale.Ticks().Select(t => Svg.TextWidth(Tick(t, scale, formats), size)).DefaultIfEmpty(0).Max();

    /// <summary>A vertical value axis: a grid line and a label per tick, the unit as the axis title above.</summary>
    public static void AppendValueAxis(StringBuilder svg, NiceScale scale, Formats formats, string title, double left, double right, double top, Func<double, double> y)
    {
        var decimals = scale.TickDecimals();
        svg.Append("<g class=\"axis y\">");
        foreach (var tick in scale.Ticks())
        {
            var at = y(tick);
            Svg.Line(svg, left, at, right, at, Math.Abs(tick) < 1e-9 ? ChartPalette.Axis : ChartPalette.Grid);
            Svg.Text(svg, left - TickLabelGap, at, formats.Number(tick, decimals), ChartPalette.MutedText, "end");
        }

        Svg.Text(svg, left - 8, top - 22, title, ChartPalette.MutedText);
        svg.Append("</g>");
    }

    /// <summary>A horizontal value axis along the top of a bar or dot chart, with vertical grid lines.</summary>
    public static void AppendHorizontalValueAxis(StringBuilder svg, NiceScale scale, Formats formats, string title, double top, double bottom, Func<double, double> x)
    {
        var decimals = scale.TickDecimals();
        svg.Append("<g class=\"axis x\">");
        foreach (var tick in scale.Ticks())
        {
            var at = x(tick);
            Svg.Line(svg, at, top, at, bottom, Math.Abs(tick) < 1e-9 ? ChartPalette.Axis : ChartPalette.Grid);
            Svg.Text(svg, at, top - 10, formats.Number(tick, decimals), ChartPalette.MutedText, "middle");
        }

        Svg.Text(svg, x(scale.Max), top - 28, title, ChartPalette.MutedText, "end");
        svg.Append("</g>");
    }

    /// <summary>A tick label as printed: the language's decimal mark and thousands separator, a true minus.</summary>
    public static string Tick(double tick, NiceScale scale, Formats formats) => formats.Number(tick, scale.TickDecimals());

    /// <summary>Integer years along the bottom: every year up to 12, else every second or fifth, always the latest.</summary>
    public static void AppendYearAxis(StringBuilder svg, int firstYear, int lastYear, double bottom, Func<double, double> x, int perYear, int maxTicks = 12)
    {
        if (perYear > 1)
        {
            AppendPeriodAxis(svg, firstYear, lastYear, bottom, x, perYear, maxTicks);
            return;
        }

        var span = lastYear - firstYear;
        var step = span <= maxTicks ? 1 : span <= 2 * maxTicks ? 2 : 5;
        svg.Append("<g class=\"axis x\">");

        // Counted back from the latest year, so the year readers look for most always has a tick.
        for (var year = lastYear - (span / step * step); year <= lastYear; year += step)
        {
            var at = x(year);
            Svg.Line(svg, at, bottom, at, bottom + 5, ChartPalette.Axis);
            Svg.Text(svg, at, bottom + 18, year.ToString(CultureInfo.InvariantCulture), ChartPalette.MutedText, "middle");
        }

        svg.Append("</g>");
    }

    /// <summary>
    /// The time axis of quarters, months or half-years: a short tick at every period while they are
    /// few enough to tell apart, and a long tick labelled with the year at each year's first period,
    /// every year or every second or fifth as the span allows, counted back from the latest year.
    /// </summary>
    private static void AppendPeriodAxis(StringBuilder svg, int first, int last, double bottom, Func<double, double> x, int perYear, int maxTicks)
    {
        svg.Append("<g class=\"axis x\">");
        if (last - first <= 4 * maxTicks)
        {
            for (var place = first; place <= last; place++)
            {
                Svg.Line(svg, x(place), bottom, x(place), bottom + 3, ChartPalette.Axis);
            }
        }

        var (firstYear, lastYear) = (Model.PeriodAxis.YearOf(first + perYear - 1, perYear), Model.PeriodAxis.YearOf(last, perYear));
        if (firstYear > lastYear)
        {
            // Periods within one year, none of them its first: the year stands under the first period.
            Svg.Text(svg, x(first), bottom + 18, Model.PeriodAxis.YearOf(first, perYear).ToString(CultureInfo.InvariantCulture), ChartPalette.MutedText, "middle");
            svg.Append("</g>");
            return;
        }

        var span = lastYear - firstYear;
        var step = span <= maxTicks ? 1 : span <= 2 * maxTicks ? 2 : 5;
        for (var year = lastYear - (span / step * step); year <= lastYear; year += step)
        {
            var at = x(Model.PeriodAxis.Start(year, perYear));
            Svg.Line(svg, at, bottom, at, bottom + 7, ChartPalette.Axis);
            Svg.Text(svg, at, bottom + 18, year.ToString(CultureInfo.InvariantCulture), ChartPalette.MutedText, "middle");
        }

        svg.Append("</g>");
    }
}

using System.Globalization;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>
/// The data attributes a drawn point or bar carries for the web page's explore script: its series
/// (group or category), its year or category, and its value formatted exactly as the chart's table
/// writes it, in the page's language, so the script never formats a number. Plain attributes,
/// fixed order, escaped like text: the SVG stays byte for byte the same for the same input, and
/// print ignores them.
/// </summary>
internal static class ExploreData
{
    /// <summary>The attributes of a point on a line over time (the series is on its group); <paramref name="when"/> is the year or period as the table writes it.</summary>
    public static string Year(string when, double value, int decimals, Formats formats) =>
        string.Create(CultureInfo.InvariantCulture, $" data-year=\"{Svg.Escape(when)}\" data-value=\"{Svg.Escape(formats.Number(value, decimals))}\"");

    /// <summary>The attributes of a bar or dot: its series, its category and its value.</summary>
    public static string Category(string series, string category, double value, int decimals, Formats formats) =>
        $" data-series=\"{Svg.Escape(series)}\" data-category=\"{Svg.Escape(category)}\" data-value=\"{Svg.Escape(formats.Number(value, decimals))}\"";

    /// <summary>The attribute naming the series of a group of points or of a line's label.</summary>
    public static string Series(string series) => $" data-series=\"{Svg.Escape(series)}\"";
}

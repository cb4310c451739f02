using System.Globalization;
using System.Text;

namespace AnnualReport.Charts;

/// <summary>
/// The pieces every chart writes the same way: the root element with its accessible name and
/// description, coordinates with invariant formatting, and escaped text. Text stays as text
/// (æøå are not turned into entities), so the SVG source is readable and diffable.
/// </summary>
internal static class Svg
{
    /// <summary>Every chart is drawn on this width; at A4 text width (170 mm) one unit is 0.71 pt.</summary>
    public const double Width = 680;

    /// <summary>Text size in user units: 12.5 units print at 8.9 pt, above the 8 pt minimum.</summary>
    public const double FontSize = 13;

    public static StringBuilder Open(string id, double height, string title, string description, double width = Width, string cssClass = "chart")
    {
        var svg = new StringBuilder();
        // The id is built from catalogue ids and municipality codes: input, so escaped like text.
        id = Escape(id);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{cssClass}\" viewBox=\"0 0 {Coord(width)} {Coord(height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-size=\"{Coord(FontSize)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(description)}</desc>");
        return svg;
    }

    public static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    public static void Text(StringBuilder svg, double x, double y, string text, string fill, string anchor = "start", bool bold = false, double? size = null)
    {
        var weight = bold ? " font-weight=\"700\"" : string.Empty;
        var fontSize = size is { } s ? $" font-size=\"{Coord(s)}\"" : string.Empty;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coord(x)}\" y=\"{Coord(y)}\" dy=\"0.32em\" text-anchor=\"{anchor}\" fill=\"{fill}\"{weight}{fontSize}>{Escape(text)}</text>");
    }

    public static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        var dashes = dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Coord(x1)}\" y1=\"{Coord(y1)}\" x2=\"{Coord(x2)}\" y2=\"{Coord(y2)}\" stroke=\"{stroke}\" stroke-width=\"{Coord(width)}\"{dashes}/>");
    }

    public static string Coord(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Only the markup characters: letters such as æøå stay as text, readable in the SVG source.
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Breaks a label at a space into at most two lines of about <paramref name="width"/> characters.</summary>
    public static List<string> Wrap(string text, int width)
    {
        if (text.Length <= width)
        {
            return [text];
        }

        var split = text.LastIndexOf(' ', Math.Min(width, text.Length - 1));
        return split <= 0 ? [text] : [text[..split], text[(split + 1)..]];
    }

    /// <summary>How wide <paramref name="text"/> prints in Noto Sans, from the font's own advance widths (see <see cref="NotoSansMetrics"/>).</summary>
    public static double TextWidth(string text, double size = FontSize, bool bold = false) => NotoSansMetrics.Width(text, size, bold);
}

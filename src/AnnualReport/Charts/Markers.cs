using System.Globalization;

namespace AnnualReport.Charts;

/// <summary>
/// Point markers; each series has its own shape so lines can be told apart without colour.
/// <c>data</c> is the point's <see cref="ExploreData"/> attributes (or nothing), written after the paint.
/// </summary>
internal static class Markers
{
    public static string Draw(SeriesStyle style, double cx, double cy, double size = 1, string data = "")
    {
        string X(double dx) => Svg.Coord(cx + dx * size);
        string Y(double dy) => Svg.Coord(cy + dy * size);
        var paint = $"fill=\"{style.Colour}\" stroke=\"#ffffff\" stroke-width=\"1\"{data}";
        return style.Marker switch
        {
            "square" => $"<rect x=\"{X(-4)}\" y=\"{Y(-4)}\" width=\"{Svg.Coord(8 * size)}\" height=\"{Svg.Coord(8 * size)}\" {paint}/>",
            "triangle" => $"<path d=\"M{X(0)} {Y(-5)}L{X(5)} {Y(4)}L{X(-5)} {Y(4)}Z\" {paint}/>",
            "diamond" => $"<path d=\"M{X(0)} {Y(-5)}L{X(5)} {Y(0)}L{X(0)} {Y(5)}L{X(-5)} {Y(0)}Z\" {paint}/>",
            _ => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.Coord(cx)}\" cy=\"{Svg.Coord(cy)}\" r=\"{Svg.Coord(4.5 * size)}\" {paint}/>"),
        };
    }
}

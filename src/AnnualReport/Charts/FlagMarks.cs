using System.Text;
using AnnualReport.Localization;

namespace AnnualReport.Charts;

/// <summary>
/// How every chart shows the source's flags on the figures it draws: the marks ("p" for
/// provisional) in small muted text beside the point, dot or bar, and in the description each
/// flag once with the figures it marks, so the text alternative says what the eye sees. The
/// table or note under the chart explains the marks in words.
/// </summary>
internal static class FlagMarks
{
    /// <summary>The size of a mark: smaller than the figures, which it qualifies, and still 8 pt in print (11.5 units of the A4 text width's 680).</summary>
    public const double Size = 11.5;

    /// <summary>The marks of <paramref name="flags"/> at (x, y); nothing without flags.</summary>
    public static void Append(StringBuilder svg, double x, double y, IReadOnlyList<string> flags, PhraseBook phrases, string anchor = "start")
    {
        if (flags.Count > 0)
        {
            Svg.Text(svg, x, y, FlagText.Marks(phrases, flags), ChartPalette.MutedText, anchor, size: Size);
        }
    }

    /// <summary>
    /// The marks after a bar's bold value label that starts at <paramref name="at"/> (before it, for a
    /// bar that grows to the left), raised a little as the line chart raises them over its points.
    /// </summary>
    public static void AfterLabel(StringBuilder svg, (double X, double Y) at, string label, bool leftwards, IReadOnlyList<string> flags, PhraseBook phrases)
    {
        var width = Svg.TextWidth(label, bold: true) + 3;
        Append(svg, leftwards ? at.X - width : at.X + width, at.Y - 5, flags, phrases, leftwards ? "end" : "start");
    }

    /// <summary>How wide the marks of <paramref name="flags"/> print, with the gap before them; 0 without flags.</summary>
    public static double Width(IReadOnlyList<string> flags, PhraseBook phrases) =>
        flags.Count == 0 ? 0 : Svg.TextWidth(FlagText.Marks(phrases, flags), Size) + 3;

    /// <summary>
    /// Each flag once, in the vocabulary's order, with the figures it marks: " Provisional (p):
    /// Sweden 2023 and Norway 2023." (<c>charts.line.flag</c>); empty when no figure is flagged.
    /// </summary>
    public static string Describe(Formats formats, IEnumerable<(string Figure, IReadOnlyList<string> Flags)> figures)
    {
        var phrases = formats.Phrases;
        var flagged = figures.SelectMany(f => f.Flags.Select(flag => (Flag: flag, f.Figure))).ToList();
        var text = new StringBuilder();
        foreach (var flag in Data.StatusMeanings.Flags.Where(f => flagged.Any(x => x.Flag == f)))
        {
            text.Append(' ').Append(phrases.Get("charts.line.flag", ("meaning", $"{phrases.Get($"symbols.{flag}")} ({FlagText.Marks(phrases, [flag])})"), ("points", formats.List(flagged.Where(x => x.Flag == flag).Select(x => x.Figure).ToList()))));
        }

        return text.ToString();
    }
}

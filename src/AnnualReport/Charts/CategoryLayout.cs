namespace AnnualReport.Charts;

/// <summary>
/// The shared layout of charts with one row per category: a label column wide enough for the
/// longest label (wrapped to two lines past 28 characters, and never more than 40 % of the width),
/// then the plot, then room for value labels.
/// </summary>
internal sealed record CategoryLayout(double LabelWidth, double PlotLeft, double PlotRight, double Top, double RowHeight, int Rows)
{
    public const int WrapAt = 28;

    public double Bottom => Top + RowHeight * Rows;

    public double RowCentre(int row) => Top + RowHeight * (row + 0.5);

    public static CategoryLayout For(IEnumerable<string> labels, int rows, double rowHeight, double valueRoom, double top = 48)
    {
        var widest = labels.Select(l => Svg.Wrap(l, WrapAt).Max(line => Svg.TextWidth(line))).DefaultIfEmpty(40).Max();
        var labelWidth = Math.Min(widest + 12, Svg.Width * 0.4);
        return new CategoryLayout(labelWidth, labelWidth + 8, Svg.Width - valueRoom, top, rowHeight, rows);
    }

    /// <summary>A category label, right-aligned against the plot and wrapped when long.</summary>
    public void AppendLabel(System.Text.StringBuilder svg, int row, string label)
    {
        var lines = Svg.Wrap(label, WrapAt);
        var first = RowCentre(row) - (lines.Count - 1) * 7.5;
        for (var i = 0; i < lines.Count; i++)
        {
            Svg.Text(svg, LabelWidth, first + i * 15, lines[i], ChartPalette.Text, "end");
        }
    }
}

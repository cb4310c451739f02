namespace AnnualReport.Rendering;

/// <summary>
/// The files of one chart written beside the web pages: the SVG as drawn and the figures it draws,
/// as a table of rows (years or categories) and columns (groups or categories), values rounded to
/// the indicator's decimals.
/// </summary>
public sealed record ChartDownload(string Id, string Svg, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<ChartDataRow> Rows, int Decimals)
{
    /// <summary>The folder of the chart files inside a language's site.</summary>
    public const string Folder = "charts";

    public static string CsvFile(string id) => $"{Folder}/{id}.csv";

    public static string SvgFile(string id) => $"{Folder}/{id}.svg";

    /// <summary>
    /// A chart file's address from its page: inside the chart folder, the name percent-encoded, so
    /// no id (catalogue input) can turn it into a scheme or another host.
    /// </summary>
    public static string Href(string file) => $"{Folder}/{Uri.EscapeDataString(file[(Folder.Length + 1)..])}";
}

/// <summary>One row of a chart's figures: its header (a year or a category) and one cell per column.</summary>
public sealed record ChartDataRow(string Header, IReadOnlyList<CellView> Cells);

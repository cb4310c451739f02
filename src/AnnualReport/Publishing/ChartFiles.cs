using System.Globalization;
using System.Text;
using AnnualReport.Rendering;

namespace AnnualReport.Publishing;

/// <summary>
/// Writes each web chart's files into <c>charts/</c> beside the pages: the SVG as the page draws it
/// (a standalone file with its XML declaration) and the figures it draws as CSV, in the same rows
/// and columns as the chart's table: UTF-8 with BOM, comma separated, numbers with a decimal point
/// at the indicator's decimals, a missing figure as its status symbol; text a spreadsheet could run
/// is neutralised as in every CSV download (<see cref="CsvExporter"/>).
/// </summary>
public static class ChartFiles
{
    public static async Task WriteAsync(string folder, IEnumerable<ChartDownload> charts, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.Combine(folder, ChartDownload.Folder));
        foreach (var chart in charts)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, ChartDownload.CsvFile(chart.Id)), Csv(chart), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, ChartDownload.SvgFile(chart.Id)), Svg(chart), cancellationToken);
        }
    }

    /// <summary>The CSV file's text: the table's header row, then one row per year or category.</summary>
    public static string Csv(ChartDownload chart)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.Append(string.Join(",", chart.Columns.Prepend(chart.RowHeader).Select(CsvExporter.Text))).Append('\n');
        foreach (var row in chart.Rows)
        {
            csv.Append(string.Join(",", row.Cells.Select(c => Cell(c, chart.Decimals)).Prepend(CsvExporter.Text(row.Header)))).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>The SVG file's text: the chart's own markup, a standalone XML document.</summary>
    public static string Svg(ChartDownload chart) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.Svg + "\n";

    // Rounded half away from zero, as the pages round (Formats.Number), with a decimal point.
    private static string Cell(CellView cell, int decimals) =>
        cell.Figure is { } value
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : CsvExporter.Text(cell.Status ?? Data.StatusSymbols.NotAvailable);
}

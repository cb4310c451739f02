using System.Globalization;
using System.Text;

namespace AnnualReport.Publishing;

/// <summary>
/// A CSV file per indicator with the same columns as the spreadsheet: UTF-8 with a byte order
/// mark (so Excel reads æøå), comma separated, numbers with a decimal point (machine-readable;
/// the spreadsheet is the download for reading).
/// </summary>
public static class CsvExporter
{
    public static string Write(IEnumerable<FigureRow> rows)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.AppendLine(string.Join(",", FigureTable.Columns.Select(Quote)));
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(",", new[]
            {
                row.Theme, row.IndicatorId, row.Indicator, row.Level, row.Group, row.Breakdown, row.Category,
                row.Year.ToString(CultureInfo.InvariantCulture), Number(row.Value), row.Status, Number(row.Low), Number(row.High),
                row.Unit, row.Provenance, row.Source, row.Table,
            }.Select(Quote)));
        }

        return csv.ToString().ReplaceLineEndings("\n");
    }

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

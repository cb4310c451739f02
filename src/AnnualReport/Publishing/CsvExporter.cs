using System.Globalization;
using System.Text;
using AnnualReport.Localization;

namespace AnnualReport.Publishing;

/// <summary>
/// A CSV file per indicator with the same columns as the spreadsheet: UTF-8 with a byte order
/// mark (so Excel reads æøå), comma separated, numbers with a decimal point (machine-readable;
/// the spreadsheet is the download for reading). Text that a spreadsheet could run as a formula
/// is marked with a leading <c>'</c> and quoted (<see cref="SpreadsheetText"/>); numbers stay numbers.
/// </summary>
public static class CsvExporter
{
    /// <summary>The file's text, its header row in the phrase book's language (the figures stay machine-readable).</summary>
    public static string Write(IEnumerable<FigureRow> rows, PhraseBook phrases, bool flags = false)
    {
        var csv = new StringBuilder("\uFEFF");
        var list = rows.ToList();
        var periods = list.Any(r => r.Period.Length > 0);
        csv.AppendLine(string.Join(",", FigureTable.Columns(phrases, flags, periods).Select(Text)));
        rows = list;
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(",", new List<string>
            {
                Text(row.Theme), Text(row.IndicatorId), Text(row.Indicator), Text(row.Level), Text(row.Group), Text(row.Breakdown), Text(row.Category),
                row.Year.ToString(CultureInfo.InvariantCulture), Number(row.Value), Text(row.Status), Number(row.Low), Number(row.High),
                Text(row.Unit), Text(row.Provenance), Text(row.Source), Text(row.Table),
            }.Concat(flags ? [Text(row.Flags)] : []).Concat(periods ? [Text(row.Period)] : [])));
        }

        return csv.ToString().ReplaceLineEndings("\n");
    }

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Text(string field) =>
        SpreadsheetText.IsRisky(field) ? QuoteAlways(SpreadsheetText.Neutralise(field)) : Quote(field);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? QuoteAlways(field) : field;

    private static string QuoteAlways(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

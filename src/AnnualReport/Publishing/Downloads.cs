using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// The downloads beside the pages: <c>figures.xlsx</c> with every published figure and
/// <c>data/&lt;indicator&gt;.csv</c> per indicator, their headers and words in the language of <c>formats</c>.
/// </summary>
public static class Downloads
{
    public const string Spreadsheet = "figures.xlsx";

    public static string CsvFile(string indicatorId) => $"data/{indicatorId}.csv";

    public static async Task WriteAsync(string folder, IndicatorCatalogue catalogue, EditionAnalysis analysis, BuildStamp stamp, Formats formats)
    {
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var flags = FigureTable.HasFlags(analysis);
        foreach (var data in analysis.Data)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, CsvFile(data.Indicator.Id)), CsvExporter.Write(FigureTable.Rows(catalogue, data, formats), formats.Phrases, flags));
        }

        SpreadsheetExporter.Write(Path.Combine(folder, Spreadsheet), catalogue, FigureTable.Rows(catalogue, analysis, formats), stamp, formats);
    }
}

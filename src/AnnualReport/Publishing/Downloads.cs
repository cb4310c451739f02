using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>The downloads beside the pages: <c>figures.xlsx</c> with every published figure and <c>data/&lt;indicator&gt;.csv</c> per indicator.</summary>
public static class Downloads
{
    public const string Spreadsheet = "figures.xlsx";

    public static string CsvFile(string indicatorId) => $"data/{indicatorId}.csv";

    public static async Task WriteAsync(string folder, IndicatorCatalogue catalogue, EditionAnalysis analysis, BuildStamp stamp)
    {
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        foreach (var data in analysis.Data)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, CsvFile(data.Indicator.Id)), CsvExporter.Write(FigureTable.Rows(catalogue, data)));
        }

        SpreadsheetExporter.Write(Path.Combine(folder, Spreadsheet), catalogue, FigureTable.Rows(catalogue, analysis), stamp);
    }
}

using System.Globalization;
using System.Text.Json;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads the national publication's machine-readable files: <c>analysis.json</c> (series by
/// indicator, group, breakdown and category, with a value or a status per year) and the CSV
/// downloads <c>data/&lt;indicator&gt;.csv</c> (by header name; the total row of a group has the
/// breakdown «I alt»).
/// </summary>
internal static class NationalPublicationReader
{
    public const string Total = "I alt";

    public static IEnumerable<NationalCell> ReadAnalysis(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var series in json.RootElement.GetProperty("series").EnumerateArray())
        {
            var indicator = series.GetProperty("indicator").GetString()!;
            var group = series.GetProperty("group").GetString()!;
            var breakdown = series.GetProperty("breakdown").GetString();
            var category = series.GetProperty("category").GetString();
            foreach (var point in series.GetProperty("points").EnumerateArray())
            {
                yield return new NationalCell(
                    "analysis.json",
                    indicator,
                    group,
                    breakdown,
                    category,
                    point.GetProperty("year").GetInt32(),
                    point.GetProperty("value").ValueKind == JsonValueKind.Number,
                    point.TryGetProperty("status", out var status) ? status.GetString() : null);
            }
        }
    }

    public static IEnumerable<NationalCell> ReadDownloads(string dataDirectory)
    {
        foreach (var path in Directory.GetFiles(dataDirectory, "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var row in QuotedCsv.Read(path))
            {
                var breakdown = row["Inndeling"];
                var status = row.GetValueOrDefault("Status");
                yield return new NationalCell(
                    $"data/{Path.GetFileName(path)}",
                    row["Indikator-id"],
                    row["Gruppe"],
                    breakdown == Total ? null : breakdown,
                    breakdown == Total ? null : row["Kategori"],
                    int.Parse(row["År"], CultureInfo.InvariantCulture),
                    PublishedNumber.Parse(row.GetValueOrDefault("Verdi")) is not null,
                    string.IsNullOrEmpty(status) ? null : status);
            }
        }
    }
}

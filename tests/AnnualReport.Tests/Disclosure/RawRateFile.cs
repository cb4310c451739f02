using System.Globalization;
using AnnualReport.Model;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads a raw municipal data file with <c>numerator</c> and <c>denominator</c> columns, keeping
/// the rows that are totals over every breakdown. The denominators are public (population and
/// the like) and so attacker knowledge; the numerators are what the test judges against.
/// </summary>
internal static class RawRateFile
{
    public static IReadOnlyList<RawRateRow>? Read(string contentDirectory, Indicator indicator)
    {
        var table = CsvTable.Read(Path.Combine(contentDirectory, indicator.Data.File));
        if (!table.Has("numerator") || !table.Has("denominator"))
        {
            return null;
        }

        var data = indicator.Data;
        var region = data.RegionDimension ?? "region";
        var year = data.YearDimension ?? "year";
        var fixedColumns = data.Breakdowns.Keys.ToDictionary(column => column, _ => data.Total);
        foreach (var (column, code) in data.Filter)
        {
            fixedColumns[column] = code;
        }

        return table.Rows
            .Where(row => fixedColumns.All(f => !table.Has(f.Key) || table.Get(row, f.Key) == f.Value))
            .Where(row => table.Get(row, "numerator").Length > 0 && table.Get(row, "denominator").Length > 0)
            .Select(row => new RawRateRow(
                int.Parse(table.Get(row, year), CultureInfo.InvariantCulture),
                table.Get(row, region),
                table.Has(data.GroupDimension) ? data.Id(table.Get(row, data.GroupDimension)) : indicator.Groups[0],
                double.Parse(table.Get(row, "numerator"), CultureInfo.InvariantCulture),
                double.Parse(table.Get(row, "denominator"), CultureInfo.InvariantCulture)))
            .ToList();
    }
}

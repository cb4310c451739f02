using System.Globalization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads the tidy CSV format of an indicator's figures: UTF-8, a header row with the columns
/// <c>year,group,value</c> and optionally <c>status</c>; one row per year and group. Numbers use
/// a decimal point (invariant culture); a missing figure has an empty value and an SSB symbol as status.
/// </summary>
public static class CsvSeriesReader
{
    private static readonly string[] Required = ["year", "group", "value"];

    /// <summary>Reads the observations of one file; problems are added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Observation> Read(string path, List<Diagnostic> diagnostics)
    {
        var table = CsvTable.Parse(File.ReadAllText(path));
        var missing = Required.Where(name => table.IndexOf(name) < 0).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-header", $"mangler kolonne(r) {string.Join(", ", missing)}; fant overskriften «{string.Join(",", table.Header)}», forventet year,group,value[,status]", new SourceSpan(path, 1, 1)));
            return [];
        }

        int year = table.IndexOf("year"), group = table.IndexOf("group"), value = table.IndexOf("value"), status = table.IndexOf("status");
        var observations = new List<Observation>();
        foreach (var row in table.Rows)
        {
            if (row.Fields.Count != table.Header.Count)
            {
                diagnostics.Add(Diagnostic.Error("bad-row", $"raden har {row.Fields.Count} felt, overskriften {table.Header.Count}", new SourceSpan(path, row.Line, 1)));
                continue;
            }

            if (!int.TryParse(row.Field(year), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                diagnostics.Add(Diagnostic.Error("bad-number", $"årstallet «{row.Field(year)}» er ikke et heltall", new SourceSpan(path, row.Line, row.ColumnOf(year))));
                continue;
            }

            var where = new SourceSpan(path, row.Line, row.ColumnOf(value));
            var symbol = status >= 0 && row.Field(status).Length > 0 ? row.Field(status) : null;
            if (symbol is not null && !StatusSymbols.All.Contains(symbol))
            {
                diagnostics.Add(Diagnostic.Error("bad-status", $"ukjent statussymbol «{symbol}»; forventet et av SSBs symboler {string.Join(" ", StatusSymbols.All)}", new SourceSpan(path, row.Line, row.ColumnOf(status))));
                continue;
            }

            double? number = null;
            var text = row.Field(value);
            if (text.Length > 0)
            {
                if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
                {
                    var hint = text.Contains(',') ? " (bruk desimalpunktum i datafiler, for eksempel 68.2)" : string.Empty;
                    diagnostics.Add(Diagnostic.Error("bad-number", $"verdien «{text}» er ikke et tall{hint}", where));
                    continue;
                }

                number = parsed;
            }
            else if (symbol is null)
            {
                diagnostics.Add(Diagnostic.Error("missing-value", "verdien mangler uten statussymbol; oppgi tallet eller et av SSBs symboler i kolonnen status", where));
                continue;
            }

            observations.Add(new Observation(y, row.Field(group), number, symbol, where));
        }

        return observations;
    }
}

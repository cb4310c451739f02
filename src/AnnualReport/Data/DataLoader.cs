using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The data stage: reads every indicator's figures from the edition's content folder and splits
/// them into one series per group, checking that groups exist, years are unique per group and
/// values are possible for the unit.
/// </summary>
public static class DataLoader
{
    public static IReadOnlyList<IndicatorData> Load(IndicatorCatalogue catalogue, string contentDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var result = new List<IndicatorData>();
        foreach (var indicator in catalogue.Indicators)
        {
            var path = Path.Combine(contentDirectory, indicator.DataFile);
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error("file-not-found", $"datafilen «{indicator.DataFile}» for indikator «{indicator.Id}» finnes ikke (lette etter {path})", indicator.Where));
                continue;
            }

            var observations = CsvSeriesReader.Read(path, diagnostics);
            result.Add(new IndicatorData(indicator, ToSeries(indicator, observations, catalogue, diagnostics)));
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        return result;
    }

    private static List<Series> ToSeries(Indicator indicator, IReadOnlyList<Observation> observations, IndicatorCatalogue catalogue, List<Diagnostic> diagnostics)
    {
        foreach (var unknown in observations.Where(o => catalogue.FindGroup(o.Group) is null))
        {
            diagnostics.Add(Diagnostic.Error("unknown-group", $"ukjent gruppe «{unknown.Group}»; kjente er: {string.Join(", ", catalogue.Groups.Select(g => g.Id))}", unknown.Where with { Column = 1 }));
        }

        foreach (var duplicate in observations.GroupBy(o => (o.Year, o.Group)).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var again in duplicate.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error("duplicate-observation", $"{duplicate.Key.Group} {duplicate.Key.Year} står flere ganger; første gang på linje {first.Where.Line}", again.Where with { Column = 1 }));
            }
        }

        foreach (var impossible in observations.Where(o => o.Value is { } v && !IsPossible(indicator.Unit, v)))
        {
            diagnostics.Add(Diagnostic.Error("impossible-value", $"verdien {impossible.Value} er umulig for enheten {indicator.Unit}; forventet {PossibleRange(indicator.Unit)}", impossible.Where));
        }

        return catalogue.Groups
            .Select(g => new Series(indicator.Id, g.Id, observations.Where(o => o.Group == g.Id).OrderBy(o => o.Year).ToList()))
            .Where(s => s.Observations.Count > 0)
            .ToList();
    }

    private static string PossibleRange(Unit unit) => unit == Unit.Percent ? "et tall fra 0 til 100" : "et tall som ikke er negativt";

    private static bool IsPossible(Unit unit, double value) => unit switch
    {
        Unit.Percent => value is >= 0 and <= 100,
        Unit.Count or Unit.PerThousand => value >= 0,
        _ => true,
    };
}

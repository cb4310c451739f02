using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The regions figures are given for: the country, its counties and its municipalities (one
/// classification), and how codes of an older classification map to it.
/// </summary>
public sealed record Geography(
    string CountryCode,
    string CountryName,
    string CountyPrefix,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyDictionary<string, IReadOnlyList<(string To, double Share)>> Changes)
{
    private IReadOnlyList<(string Code, string Name)>? _counties;
    private Dictionary<string, Municipality>? _byCode;

    public IReadOnlyList<(string Code, string Name)> Counties => _counties ??=
        Municipalities.GroupBy(m => m.CountyCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Plain(g.First().County))).ToList();

    public Municipality? Find(string code) => (_byCode ??= Municipalities.ToDictionary(m => m.Code)).GetValueOrDefault(code);

    public string CountyName(string countyCode) => Counties.First(c => c.Code == countyCode).Name;

    /// <summary>The Norwegian part of a county name with Sami and Kven parallel names ("Troms - Romsa - Tromssa" → "Troms").</summary>
    public static string Plain(string name) => name.Split(" - ")[0];

    /// <summary>Reads the classification, the code changes and the comparison groups.</summary>
    public static Geography Load(MunicipalSettings settings, EditionFiles files, List<Diagnostic> diagnostics)
    {
        IEnumerable<CsvRow> Rows(string file, string[] columns, out int[] index)
        {
            index = [];
            if (files.Resolve(file, settings.Where, diagnostics) is not { } path)
            {
                return [];
            }

            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error("file-not-found", $"finner ikke {file}", settings.Where));
                return [];
            }

            var table = CsvTable.Parse(File.ReadAllText(path));
            index = columns.Select(table.IndexOf).ToArray();
            if (index.Any(i => i < 0))
            {
                diagnostics.Add(Diagnostic.Error("bad-header", $"{file} skal ha kolonnene {string.Join(",", columns)}; fant «{string.Join(",", table.Header)}»", new SourceSpan(file, 1, 1)));
                return [];
            }

            return table.Rows;
        }

        var groups = new Dictionary<string, string>();
        if (settings.ComparisonGroups is { } groupFile)
        {
            foreach (var row in Rows(groupFile, ["kode", "gruppe"], out var g))
            {
                groups[row.Field(g[0])] = row.Field(g[1]);
            }
        }

        var municipalities = Rows(settings.Classification, ["kode", "navn", "fylkeskode", "fylke"], out var c)
            .Select(r => new Municipality(r.Field(c[0]), r.Field(c[1]), r.Field(c[2]), r.Field(c[3]), groups.GetValueOrDefault(r.Field(c[0]))))
            .ToList();

        var changes = new Dictionary<string, IReadOnlyList<(string, double)>>();
        if (settings.Changes is { } changeFile)
        {
            foreach (var change in Rows(changeFile, ["fra", "til", "andel"], out var x).GroupBy(r => r.Field(x[0])))
            {
                changes[change.Key] = change.Select(r => (r.Field(x[1]), double.Parse(r.Field(x[2]), System.Globalization.CultureInfo.InvariantCulture))).ToList();
            }
        }

        return new Geography(settings.CountryCode, settings.CountryName, settings.CountyPrefix, municipalities, changes);
    }
}

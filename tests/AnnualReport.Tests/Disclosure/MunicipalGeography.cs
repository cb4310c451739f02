using System.Globalization;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// The public geography of the edition (<c>editions/&lt;year&gt;/geography/</c>): which county each
/// municipality lies in, the comparison group of each municipality, and the code changes
/// (<c>fra,til,andel</c>). An attacker knows all of it.
/// </summary>
internal sealed class MunicipalGeography
{
    public required IReadOnlyDictionary<string, string> CountyOf { get; init; }

    public required IReadOnlyDictionary<string, string> ComparisonGroupOf { get; init; }

    /// <summary>Old code → (new code, share) for every code change.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string To, double Share)>> Changes { get; init; }

    public IEnumerable<string> MembersOf(string comparisonGroup) => ComparisonGroupOf.Where(p => p.Value == comparisonGroup).Select(p => p.Key);

    /// <summary>Reads the files the catalogue's <c>municipalities:</c> names, relative to the edition folder.</summary>
    public static MunicipalGeography Read(string contentDirectory, AnnualReport.Model.MunicipalSettings settings)
    {
        var classification = CsvTable.Read(Path.Combine(contentDirectory, settings.Classification));
        var groups = CsvTable.Read(Path.Combine(contentDirectory, settings.ComparisonGroups ?? throw new InvalidOperationException("no comparison groups")));
        var changes = CsvTable.Read(Path.Combine(contentDirectory, settings.Changes ?? throw new InvalidOperationException("no code changes")));
        return new MunicipalGeography
        {
            CountyOf = classification.Rows.ToDictionary(r => classification.Get(r, "kode"), r => classification.Get(r, "fylkeskode")),
            ComparisonGroupOf = groups.Rows.ToDictionary(r => groups.Get(r, "kode"), r => groups.Get(r, "gruppe")),
            Changes = changes.Rows
                .GroupBy(r => changes.Get(r, "fra"))
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<(string, double)>)g.Select(r => (changes.Get(r, "til"), double.Parse(changes.Get(r, "andel"), CultureInfo.InvariantCulture))).ToList()),
        };
    }
}

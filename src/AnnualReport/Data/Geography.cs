using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The regions figures are given for: the country, its counties and its municipalities (one
/// classification), and how codes of an older classification map to it.
/// </summary>
public sealed record Geography(
    string CountryCode,
    string? CountryName,
    string CountyPrefix,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyDictionary<string, IReadOnlyList<(string To, double Share)>> Changes)
{
    private IReadOnlyList<(string Code, string Name)>? _counties;
    private Dictionary<string, Municipality>? _byCode;

    public IReadOnlyList<(string Code, string Name)> Counties => _counties ??=
        Municipalities.GroupBy(m => m.CountyCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Plain(g.First().County))).ToList();

    public Municipality? Find(string code) => (_byCode ??= Municipalities.DistinctBy(m => m.Code).ToDictionary(m => m.Code)).GetValueOrDefault(code);

    public string CountyName(string countyCode) => Counties.First(c => c.Code == countyCode).Name;

    /// <summary>The Norwegian part of a county name with Sami and Kven parallel names ("Troms - Romsa - Tromssa" → "Troms").</summary>
    public static string Plain(string name) => name.Split(" - ")[0];
}

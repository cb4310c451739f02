namespace AnnualReport.Model;

/// <summary>
/// The municipality products (fact sheets and statistics bank), from the catalogue's
/// <c>municipalities:</c>: the classification of municipalities and counties, the code changes
/// between classifications, the comparison groups, and the indicators that have municipal figures.
/// Paths are relative to the edition folder.
/// </summary>
/// <param name="Classification">CSV with kode,navn,fylkeskode,fylke (SSB's KLASS 131 and 104).</param>
/// <param name="Changes">CSV with fra,til,andel: an old code's figures go to the new code, counts split by the share.</param>
/// <param name="ComparisonGroups">CSV with kode,gruppe: municipalities compared with each other (size, KOSTRA group).</param>
/// <param name="CountryBackgrounds">CSV with region,land,value: immigrants by country background, for the largest ones.</param>
/// <param name="Population">The indicator whose counts give the number and share of immigrants.</param>
/// <param name="Settled">The indicator with refugees settled.</param>
public sealed record MunicipalSettings(
    string Title,
    string Classification,
    string? Changes,
    string? ComparisonGroups,
    string? CountryBackgrounds,
    string CountryCode,
    string? CountryName,
    string CountyPrefix,
    string? Population,
    string? Settled,
    IReadOnlyList<Indicator> Indicators,
    SourceSpan Where)
{
    /// <summary>How each municipality and county is compared with the rest of the country.</summary>
    public ComparisonSettings Comparison { get; init; } = ComparisonSettings.Default;
}

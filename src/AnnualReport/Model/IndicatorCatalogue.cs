namespace AnnualReport.Model;

/// <summary>Everything about the publication that is not figures or prose: read from <c>indicators.yaml</c>.</summary>
public sealed record IndicatorCatalogue(
    Edition Edition,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Breakdown> Breakdowns,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Indicator> Indicators,
    DisclosureRules Disclosure)
{
    /// <summary>The municipality products' settings, or null when the catalogue has none.</summary>
    public MunicipalSettings? Municipalities { get; init; }

    public Group? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);

    /// <summary>The group an indicator's other groups are compared with.</summary>
    public string ReferenceFor(Indicator indicator) => indicator.Reference ?? Edition.ReferenceGroup;

    public Breakdown? FindBreakdown(string id) => Breakdowns.FirstOrDefault(b => b.Id == id);
}

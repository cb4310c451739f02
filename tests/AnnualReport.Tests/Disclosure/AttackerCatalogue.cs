using AnnualReport.Catalogue;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// What the attack needs from the catalogue: indicator ids, titles, units and group labels (all
/// shown on the published pages), where the raw figures lie (for the denominators an attacker
/// knows, and for the test's judgement), and the protection width W of the disclosure rules.
/// </summary>
internal sealed class AttackerCatalogue
{
    /// <summary>Persons a hidden count must stay uncertain by when the catalogue does not say (<c>disclosure.protection</c>).</summary>
    public const double DefaultProtection = 4;

    private AttackerCatalogue(IndicatorCatalogue catalogue, double protection)
    {
        Catalogue = catalogue;
        Protection = protection;
        Municipal = catalogue.Municipalities ?? throw new InvalidOperationException("the catalogue has no municipalities section");
    }

    public IndicatorCatalogue Catalogue { get; }

    public MunicipalSettings Municipal { get; }

    /// <summary>W: no hidden count may be confined to an interval narrower than this many persons.</summary>
    public double Protection { get; }

    public string CountryCode => Municipal.CountryCode;

    /// <summary>Municipal indicators published as rates (percent or per thousand).</summary>
    public IEnumerable<Indicator> RateIndicators => Municipal.Indicators.Where(i => Scale(i) is not null);

    public static double? Scale(Indicator indicator) => indicator.Unit switch
    {
        Unit.Percent => 100,
        Unit.PerThousand => 1000,
        _ => null,
    };

    public Indicator? MunicipalIndicator(string id) => Municipal.Indicators.FirstOrDefault(i => i.Id == id);

    public Indicator? MunicipalIndicatorTitled(string title) => Municipal.Indicators.FirstOrDefault(i => i.Title == title);

    /// <summary>The group id behind a label shown on a page ("Innvandrere" → innvandrere); the label itself when unknown.</summary>
    public string GroupId(string label) => Catalogue.Groups.FirstOrDefault(g => g.Label == label)?.Id ?? label;

    public static AttackerCatalogue Load(string path) => new(CatalogueLoader.Load(path), ReadProtection(path));

    private static double ReadProtection(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode("disclosure"), out var disclosure)
            && disclosure is YamlMappingNode rules
            && rules.Children.TryGetValue(new YamlScalarNode("protection"), out var protection)
            && protection is YamlScalarNode { Value: { } text }
            ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : DefaultProtection;
    }
}

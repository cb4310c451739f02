using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// The parts of an indicator's <c>data:</c> mapping that fit real tables to the catalogue:
/// <c>codes</c> flat or per dimension, <c>ignore</c> (codes the indicator does not use),
/// <c>period</c> (quarters and months) and <c>total: none</c>.
/// </summary>
internal static class DataMappingReader
{
    /// <summary>The word for "no total" in <c>total:</c> and "every code not listed" in <c>ignore:</c>.</summary>
    public const string None = "none";

    public const string Unlisted = "unlisted";

    /// <summary><c>codes: {code: id}</c> or <c>codes: {dimension: {code: id}}</c>, or both in one mapping.</summary>
    public static (Dictionary<string, string> Flat, Dictionary<string, IReadOnlyDictionary<string, string>> PerDimension) ReadCodes(YamlMapReader map)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var perDimension = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Entries("codes"))
        {
            switch (value)
            {
                case YamlScalarNode { Value: { } id }:
                    flat[key.Value ?? string.Empty] = id;
                    break;
                case YamlMappingNode dimension:
                    var codes = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var (code, id) in dimension.Children)
                    {
                        if (code is YamlScalarNode { Value: { } c } && id is YamlScalarNode { Value: { } i })
                        {
                            codes[c] = i;
                        }
                        else
                        {
                            map.Report("wrong-type", Messages.Format("mappings.codes-shape"), id);
                        }
                    }

                    perDimension[key.Value ?? string.Empty] = codes;
                    break;
                default:
                    map.Report("wrong-type", Messages.Format("mappings.codes-shape"), value);
                    break;
            }
        }

        return (flat, perDimension);
    }

    /// <summary>
    /// <c>ignore: unlisted</c>, <c>ignore: [code, …]</c> (any group or breakdown dimension), or
    /// <c>ignore: {dimension: unlisted | [code, …]}</c>.
    /// </summary>
    public static Dictionary<string, IgnoredCodes> ReadIgnore(YamlMapReader map)
    {
        var rules = new Dictionary<string, IgnoredCodes>(StringComparer.OrdinalIgnoreCase);
        var node = map.OptionalNode("ignore");
        if (node is YamlMappingNode perDimension)
        {
            foreach (var (key, value) in perDimension.Children)
            {
                if (key is YamlScalarNode { Value: { } dimension } && Rule(map, value) is { } rule)
                {
                    rules[dimension] = rule;
                }
            }
        }
        else if (node is not null && Rule(map, node) is { } rule)
        {
            rules[IgnoredCodes.AnyDimension] = rule;
        }

        return rules;
    }

    private static IgnoredCodes? Rule(YamlMapReader map, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: Unlisted }:
                return new IgnoredCodes(true, [], map.SpanOf(node));
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value: not null }):
                return new IgnoredCodes(false, list.Children.Select(c => (((YamlScalarNode)c).Value!, map.SpanOf(c))).ToList(), map.SpanOf(node));
            default:
                map.Report("wrong-type", Messages.Format("mappings.ignore-shape", ("unlisted", Unlisted)), node);
                return null;
        }
    }

    /// <summary><c>period: average | sum</c> or <c>period: {pick: Q4}</c> (also K4, M12, H2).</summary>
    public static PeriodRule? ReadPeriod(YamlMapReader map)
    {
        var node = map.OptionalNode("period");
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: "average" }:
                return new PeriodRule(PeriodMode.Average, null, null, map.SpanOf(node));
            case YamlScalarNode { Value: "sum" }:
                return new PeriodRule(PeriodMode.Sum, null, null, map.SpanOf(node));
            case YamlMappingNode pick:
                var reader = map.For(pick);
                var code = reader.RequiredString("pick");
                reader.ReportUnknownKeys();
                if (PeriodCode.Within(code) is { } within)
                {
                    return new PeriodRule(PeriodMode.Pick, within.PerYear, within.Index, reader.WhereOf("pick"));
                }

                map.Report("wrong-type", Messages.Format("mappings.bad-pick", ("value", SafeText.Excerpt(code))), reader.WhereOf("pick"));
                return null;
            default:
                map.Report("wrong-type", Messages.Format("mappings.period-shape"), node);
                return null;
        }
    }
}

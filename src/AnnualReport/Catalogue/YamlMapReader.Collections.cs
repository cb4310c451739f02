using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>Lists and mappings inside a mapping: lists of mappings, lists of ids, id-to-value maps and id-keyed entries.</summary>
internal sealed partial class YamlMapReader
{
    /// <summary>The items of a list of mappings; items of another shape are reported and skipped.</summary>
    public IReadOnlyList<YamlMapReader> MapList(string key, bool required)
    {
        var node = Child(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report("wrong-type", Messages.Format("catalogue.not-list", ("key", key)), node);
            return [];
        }

        var items = new List<YamlMapReader>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map)
            {
                items.Add(new YamlMapReader(map, _file, _diagnostics) { Languages = Languages });
            }
            else
            {
                Report("wrong-type", Messages.Format("catalogue.item-not-map", ("key", key)), item);
            }
        }

        return items;
    }

    /// <summary>A list of plain values, such as a list of ids; each keeps its own position.</summary>
    public IReadOnlyList<(string Value, SourceSpan Where)> StringList(string key)
    {
        var node = Child(key, required: false);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report("wrong-type", Messages.Format("catalogue.not-list-example", ("key", key)), node);
            return [];
        }

        var items = new List<(string, SourceSpan)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                items.Add((value, SpanOf(item, _file)));
            }
            else
            {
                Report("wrong-type", Messages.Format("catalogue.item-not-scalar", ("key", key)), item);
            }
        }

        return items;
    }

    /// <summary>A mapping of plain keys to plain values (codes, filters); each value keeps its position.</summary>
    public IReadOnlyList<(string Key, string Value, SourceSpan Where)> StringMap(string key)
    {
        var node = Child(key, required: false);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode map)
        {
            Report("wrong-type", Messages.Format("catalogue.not-map", ("key", key)), node);
            return [];
        }

        var items = new List<(string, string, SourceSpan)>();
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } value })
            {
                items.Add((name, value, SpanOf(v, _file)));
            }
            else
            {
                Report("wrong-type", Messages.Format("catalogue.value-not-scalar", ("key", key)), v);
            }
        }

        return items;
    }

    /// <summary>
    /// The entries of a mapping whose keys are ids (not fixed names), such as texts per theme:
    /// each key's node and its value's node. Reports a value that is not a mapping.
    /// </summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries(string key)
    {
        var node = Child(key, required: false);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode map)
        {
            Report("wrong-type", Messages.Format("catalogue.not-map", ("key", key)), node);
            return [];
        }

        return map.Children.Where(c => c.Key is YamlScalarNode).Select(c => ((YamlScalarNode)c.Key, c.Value)).ToList();
    }
}

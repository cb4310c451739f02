using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Reads one YAML mapping strictly: every key must be known, every value of the expected type.
/// Problems are collected as diagnostics with the node's own line and column instead of thrown,
/// so one run reports all of them.
/// </summary>
internal sealed partial class YamlMapReader
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMapReader(YamlMappingNode node, string file, List<Diagnostic> diagnostics)
    {
        _node = node;
        _file = file;
        _diagnostics = diagnostics;
    }

    public SourceSpan Where => SpanOf(_node, _file);

    public static SourceSpan SpanOf(YamlNode node, string file) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column);

    public string? OptionalString(string key) => Scalar(key, required: false)?.Value;

    public string RequiredString(string key) => Scalar(key, required: true)?.Value ?? string.Empty;

    /// <summary>Reads a required id that must name something defined elsewhere in the catalogue.</summary>
    public string RequiredReference(string key, IReadOnlyCollection<string> known, string code, string what)
    {
        var scalar = Scalar(key, required: true);
        if (scalar?.Value is null)
        {
            return string.Empty;
        }

        if (!known.Contains(scalar.Value))
        {
            Report(code, Messages.Format("catalogue.unknown-reference", ("what", Messages.Format($"catalogue.noun.{what}")), ("value", SafeText.Excerpt(scalar.Value)), ("known", SafeText.List(known))), scalar);
        }

        return scalar.Value;
    }

    /// <summary>A value given either as one plain value or as a mapping; returns whichever it is.</summary>
    public (string? Scalar, YamlMapReader? Map) ScalarOrMap(string key, bool required)
    {
        var node = Child(key, required);
        return node switch
        {
            YamlScalarNode scalar => (scalar.Value, null),
            YamlMappingNode map => (null, new YamlMapReader(map, _file, _diagnostics) { Languages = Languages }),
            null => (null, null),
            _ => Fail(node),
        };

        (string?, YamlMapReader?) Fail(YamlNode bad)
        {
            Report("wrong-type", Messages.Format("catalogue.scalar-or-map", ("key", key)), bad);
            return (null, null);
        }
    }

    public double? OptionalDouble(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar?.Value is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Report("wrong-type", Messages.Format("catalogue.not-decimal", ("key", key), ("value", SafeText.Excerpt(scalar.Value))), scalar);
        return null;
    }

    public bool? OptionalBool(string key)
    {
        var scalar = Scalar(key, required: false);
        return scalar?.Value switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => Invalid(other),
        };

        bool? Invalid(string value)
        {
            Report("wrong-type", Messages.Format("catalogue.not-bool", ("key", key), ("value", SafeText.Excerpt(value))), scalar!);
            return null;
        }
    }

    /// <summary>The position of a key's value, or of this mapping when the key is absent.</summary>
    public SourceSpan WhereOf(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? SpanOf(child, _file) : Where;

    public int? OptionalInt(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar?.Value is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report("wrong-type", Messages.Format("catalogue.not-int", ("key", key), ("value", SafeText.Excerpt(scalar.Value))), scalar);
        return null;
    }

    public int RequiredInt(string key)
    {
        if (!Has(key))
        {
            ReportMissing(key);
            return 0;
        }

        return OptionalInt(key) ?? 0;
    }

    /// <summary>Reads a value that must be one of <paramref name="names"/> (YAML spelling → value).</summary>
    public T RequiredEnum<T>(string key, IReadOnlyDictionary<string, T> names, T fallback)
    {
        var scalar = Scalar(key, required: true);
        if (scalar?.Value is null)
        {
            return fallback;
        }

        if (names.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        Report("wrong-type", Messages.Format("catalogue.not-enum", ("key", key), ("value", SafeText.Excerpt(scalar.Value)), ("expected", string.Join(", ", names.Keys))), scalar);
        return fallback;
    }

    public YamlMapReader? Map(string key, bool required)
    {
        var node = Child(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlMapReader(map, _file, _diagnostics) { Languages = Languages };
        }

        Report("wrong-type", Messages.Format("catalogue.not-map", ("key", key)), node);
        return null;
    }

    /// <summary>Reports every key of this mapping that was never asked for.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!_read.Contains(name))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                Report("unknown-key", Messages.Format("catalogue.unknown-key", ("key", SafeText.Excerpt(name)), ("known", known)), key);
            }
        }
    }

    public void Report(string code, string message, YamlNode node) =>
        _diagnostics.Add(Diagnostic.Error(code, message, SpanOf(node, _file)));

    public void Report(string code, string message, SourceSpan where) =>
        _diagnostics.Add(Diagnostic.Error(code, message, where));

    /// <summary>A strict reader for a nested mapping, reporting into the same list.</summary>
    public YamlMapReader For(YamlMappingNode node) => new(node, _file, _diagnostics) { Languages = Languages };

    /// <summary>The node of a key, for pointing at it; null when absent.</summary>
    public YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    private YamlNode? Child(string key, bool required)
    {
        _read.Add(key);
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            // An empty value ("key:") is a null scalar: treat it as absent.
            if (child is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain })
            {
                if (required)
                {
                    ReportMissing(key);
                }

                return null;
            }

            return child;
        }

        if (required)
        {
            ReportMissing(key);
        }

        return null;
    }

    private YamlScalarNode? Scalar(string key, bool required)
    {
        var node = Child(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        Report("wrong-type", Messages.Format("catalogue.not-scalar", ("key", key)), node);
        return null;
    }

    private void ReportMissing(string key) =>
        _diagnostics.Add(Diagnostic.Error("missing-field", Messages.Format("catalogue.missing-field", ("key", key)), Where));
}

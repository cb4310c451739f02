using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Texts a reader sees, given once (the main language) or per language
/// (<c>title: { nb: Sysselsetting, nn: Sysselsetjing }</c>), resolved to the language being read.
/// </summary>
internal sealed partial class YamlMapReader
{
    /// <summary>How translatable fields are resolved; set once the edition's languages are known.</summary>
    public TextLanguages Languages { get; set; } = TextLanguages.Single("nb");

    public string RequiredText(string key) => Text(key, required: true) ?? string.Empty;

    public string? OptionalText(string key) => Text(key, required: false);

    private string? Text(string key, bool required)
    {
        var node = Child(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                if (Languages.Target != Languages.Main)
                {
                    ReportMissingTranslation(key, node);
                }

                return scalar.Value;
            case YamlMappingNode map:
                return Translated(key, map, required);
            default:
                Report("wrong-type", Messages.Format("languages.field-type", ("key", key), ("example", string.Join(", ", Languages.Codes.Select(c => $"{c}: …")))), node);
                return null;
        }
    }

    private string? Translated(string key, YamlMappingNode map, bool required)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var code = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (!Languages.Codes.Contains(code, StringComparer.Ordinal))
            {
                Report("unknown-language", Messages.Format("languages.field-unknown", ("value", SafeText.Excerpt(code)), ("codes", string.Join(", ", Languages.Codes)), ("key", key)), k);
            }
            else if (v is not YamlScalarNode value)
            {
                Report("wrong-type", Messages.Format("languages.field-not-text", ("key", key), ("code", code)), v);
            }
            else if (value is not { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain })
            {
                texts[code] = value.Value ?? string.Empty;
            }
        }

        if (texts.TryGetValue(Languages.Target, out var text))
        {
            return text;
        }

        if (texts.Count == 0 && required)
        {
            ReportMissing(key);
            return null;
        }

        ReportMissingTranslation(key, map);
        return texts.TryGetValue(Languages.Main, out var main) ? main : texts.Values.FirstOrDefault();
    }

    // A draft goes on with the main language's text, so reviewers can read the rest; a final build stops.
    private void ReportMissingTranslation(string key, YamlNode node)
    {
        var example = $"{key}: {{ {string.Join(", ", Languages.Codes.Select(c => $"{c}: …"))} }}";
        var message = Languages.Draft
            ? Messages.Format("languages.draft-uses-main", ("problem", Messages.Format("languages.field-missing", ("key", key), ("language", Languages.Target))))
            : Messages.Format("languages.field-missing-example", ("key", key), ("language", Languages.Target), ("example", example));
        var where = SpanOf(node, _file);
        _diagnostics.Add(Languages.Draft ? Diagnostic.Warning("missing-translation", message, where) : Diagnostic.Error("missing-translation", message, where));
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Localization;

/// <summary>
/// The program's messages in one language, read from the embedded <c>Messages/&lt;lang&gt;.yaml</c>:
/// nested keys joined with dots, each leaf a text with <c>{name}</c> placeholders, or a plural map
/// (<c>one</c>, <c>other</c>) chosen by the argument <c>n</c>.
/// </summary>
public sealed partial class MessageCatalogue
{
    private readonly Dictionary<string, Message> _messages;

    private MessageCatalogue(string language, Dictionary<string, Message> messages)
    {
        Language = language;
        Culture = UiLanguage.CultureOf(language);
        _messages = messages;
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>Every key, for the tests that compare languages and call sites.</summary>
    public IEnumerable<string> Keys => _messages.Keys;

    public bool Contains(string key) => _messages.ContainsKey(key);

    /// <summary>The placeholder names of a key's text (all plural forms together).</summary>
    public IReadOnlySet<string> Placeholders(string key) =>
        _messages[key].Forms.Values.SelectMany(f => PlaceholderPattern().Matches(f).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The message with its placeholders filled. Strings go in as they are; numbers in the
    /// invariant culture unless the caller formatted them (see <see cref="Messages.Number"/>).
    /// A key or argument that is missing shows as itself rather than hiding the message it was
    /// meant to be part of.
    /// </summary>
    public string Format(string key, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (!_messages.TryGetValue(key, out var message))
        {
            return $"[{key}]";
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        long? n = null;
        foreach (var (name, value) in args)
        {
            values[name] = value switch
            {
                null => string.Empty,
                string s => s,
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
            if (name == "n" && value is IConvertible c and not string)
            {
                n = Convert.ToInt64(c, CultureInfo.InvariantCulture);
            }
        }

        var text = message.Pick(n);
        return PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>The catalogue of one language, from the assembly's embedded YAML.</summary>
    public static MessageCatalogue Load(string language)
    {
        var assembly = typeof(MessageCatalogue).Assembly;
        using var stream = assembly.GetManifestResourceStream($"AnnualReport.Messages.{language}.yaml")
            ?? throw new InvalidOperationException($"no messages for the UI language {language}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var messages = new Dictionary<string, Message>(StringComparer.Ordinal);
        Flatten((YamlMappingNode)yaml.Documents[0].RootNode, string.Empty, messages);
        return new MessageCatalogue(language, messages);
    }

    private static void Flatten(YamlMappingNode map, string prefix, Dictionary<string, Message> messages)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            switch (value)
            {
                case YamlScalarNode scalar:
                    messages.Add(key, new Message(new Dictionary<string, string> { ["other"] = scalar.Value ?? string.Empty }));
                    break;
                case YamlMappingNode inner when IsPlural(inner):
                    messages.Add(key, new Message(inner.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? string.Empty)));
                    break;
                case YamlMappingNode inner:
                    Flatten(inner, key + ".", messages);
                    break;
                default:
                    throw new InvalidDataException($"messages: {key} is neither a text nor a mapping");
            }
        }
    }

    private static bool IsPlural(YamlMappingNode map) =>
        map.Children.Count > 0
        && map.Children.All(c => c.Key is YamlScalarNode { Value: "zero" or "one" or "other" } && c.Value is YamlScalarNode)
        && map.Children.ContainsKey(new YamlScalarNode("other"));

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_]*)\}")]
    private static partial Regex PlaceholderPattern();

    private sealed record Message(IReadOnlyDictionary<string, string> Forms)
    {
        public string Pick(long? n) => n switch
        {
            0 when Forms.TryGetValue("zero", out var zero) => zero,
            1 when Forms.TryGetValue("one", out var one) => one,
            _ => Forms["other"],
        };
    }
}

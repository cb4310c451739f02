using System.Globalization;
using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Localization;

/// <summary>
/// Every word a reader sees, in one language: the YAML files of <c>templates/phrases/&lt;lang&gt;/</c>.
/// A file's name is the first part of each key in it (<c>charts.yaml</c> holds <c>charts.axis.percent</c>).
/// A phrase is a text with <c>{name}</c> placeholders, or a plural map (<c>zero</c>, <c>one</c>,
/// <c>two</c>, <c>other</c>) chosen by the argument <c>n</c>. The program picks keys and passes data; the words
/// are the editors'.
/// </summary>
public sealed class PhraseBook
{
    private readonly Dictionary<string, Phrase> _phrases;

    private PhraseBook(string language, CultureInfo culture, Dictionary<string, Phrase> phrases)
    {
        Language = language;
        Culture = culture;
        _phrases = phrases;
    }

    /// <summary>The language code, as in the page's <c>lang</c> attribute.</summary>
    public string Language { get; }

    /// <summary>The culture numbers and dates are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Every key of the book, sorted.</summary>
    public IReadOnlyList<string> Keys => [.. _phrases.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The folder holding a language's phrase book.</summary>
    public static string Folder(string templateDirectory, string language) => Path.Combine(templateDirectory, "phrases", language);

    /// <summary>
    /// Reads a language's phrase book; every problem is a positioned diagnostic. An edition's own
    /// phrase book (<c>templates/phrases/&lt;lang&gt;/</c> in the edition folder) replaces the shared
    /// phrases of the same key and keeps the rest.
    /// </summary>
    public static PhraseBook Load(TemplateFolders templates, string language, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var diagnostics = new List<Diagnostic>();
        var folders = templates.Existing(Path.Combine("phrases", language));
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        if (folders.Count == 0)
        {
            var folder = Folder(templates.Shared, language);
            throw new InputException(Diagnostic.Error("missing-phrase-book", Messages.Format("phrases.missing-book", ("language", language), ("folder", folder)), SourceSpan.ForFile(folder)));
        }

        foreach (var folder in folders)
        {
            var own = new Dictionary<string, Phrase>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                if (!YamlDocumentReader.TryRead(file, file, diagnostics, out _, out var root) || root is null)
                {
                    continue;
                }

                Collect(Path.GetFileNameWithoutExtension(file), root, file, own, diagnostics);
            }

            foreach (var (key, phrase) in own)
            {
                phrases[key] = phrase;
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new InputException(diagnostics);
        }

        return new PhraseBook(language, culture, phrases);
    }

    /// <summary>Whether the book has the key.</summary>
    public bool Has(string key) => _phrases.ContainsKey(key);

    /// <summary>The placeholders a key's texts use, for checking that every language takes the same arguments.</summary>
    public IReadOnlySet<string> Placeholders(string key) => Find(key).Placeholders;

    /// <summary>Where a key is written, for messages about it.</summary>
    public SourceSpan Where(string key) => Find(key).Where;

    /// <summary>The phrase with its placeholders filled in.</summary>
    public string Get(string key, params (string Name, object? Value)[] arguments) => Get(key, arguments, null);

    /// <summary>
    /// The phrase with its placeholders filled in, its own text passed through <paramref name="literal"/>
    /// (the templates escape it for HTML, while arguments arrive escaped or as trusted HTML).
    /// </summary>
    public string Get(string key, (string Name, object? Value)[] arguments, Func<string, string>? literal)
    {
        var phrase = Find(key);
        var text = phrase.Choose(arguments.FirstOrDefault(a => a.Name == "n").Value);
        return Fill(key, phrase, text, arguments, literal ?? (x => x));
    }

    /// <summary>The phrase with arguments given by name, as the template functions pass them.</summary>
    public string Get(string key, IReadOnlyDictionary<string, object?> arguments) =>
        Get(key, [.. arguments.Select(a => (a.Key, a.Value))]);

    private Phrase Find(string key) =>
        _phrases.TryGetValue(key, out var phrase) ? phrase : throw new PhraseException(key, Messages.Format("phrases.missing-key", ("key", key), ("language", Language)));

    private string Fill(string key, Phrase phrase, string text, (string Name, object? Value)[] arguments, Func<string, string> literal)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return literal(text);
        }

        var result = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(literal(text[i..]));
                break;
            }

            var close = text.IndexOf('}', open);
            result.Append(literal(text[i..open]));
            var name = text[(open + 1)..close];
            var found = Array.FindIndex(arguments, a => a.Name == name);
            if (found < 0)
            {
                throw new PhraseException(key, Messages.Format("phrases.missing-argument", ("key", key), ("name", name)), phrase.Where);
            }

            result.Append(Format(arguments[found].Value));
            i = close + 1;
        }

        return result.ToString();
    }

    /// <summary>An argument as text: whole numbers without thousands separators (they are years and counts), others as given.</summary>
    private string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(Culture),
        IFormattable f => f.ToString(null, Culture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Collect(string prefix, YamlNode node, string file, Dictionary<string, Phrase> phrases, List<Diagnostic> diagnostics)
    {
        var where = new SourceSpan(file, (int)Math.Max(node.Start.Line, 1), (int)Math.Max(node.Start.Column, 1));
        switch (node)
        {
            case YamlScalarNode scalar:
                Add(prefix, new Phrase(scalar.Value ?? string.Empty, null, null, where), phrases, diagnostics);
                return;
            case YamlMappingNode map when Phrase.IsPlural(map):
                string? Form(string name) => map.Children.TryGetValue(new YamlScalarNode(name), out var v) && v is YamlScalarNode s ? s.Value : null;
                if (Form("one") is not { } one || Form("other") is not { } other || map.Children.Any(c => c.Value is not YamlScalarNode))
                {
                    diagnostics.Add(Diagnostic.Error("phrase-error", Messages.Format("phrases.bad-plural", ("key", prefix)), where));
                    return;
                }

                Add(prefix, new Phrase(other, one, Form("zero"), where) { Two = Form("two") }, phrases, diagnostics);
                return;
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode { Value: { Length: > 0 } name } || name.Contains('.', StringComparison.Ordinal))
                    {
                        diagnostics.Add(Diagnostic.Error("phrase-error", Messages.Format("phrases.bad-key", ("key", prefix)), where));
                        continue;
                    }

                    Collect($"{prefix}.{name}", v, file, phrases, diagnostics);
                }

                return;
            default:
                diagnostics.Add(Diagnostic.Error("phrase-error", Messages.Format("phrases.bad-value", ("key", prefix)), where));
                return;
        }
    }

    private static void Add(string key, Phrase phrase, Dictionary<string, Phrase> phrases, List<Diagnostic> diagnostics)
    {
        foreach (var text in phrase.Texts)
        {
            var depth = 0;
            foreach (var c in text)
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth is < 0 or > 1)
                {
                    diagnostics.Add(Diagnostic.Error("phrase-error", Messages.Format("phrases.bad-braces", ("key", key)), phrase.Where));
                    return;
                }
            }

            if (depth != 0)
            {
                diagnostics.Add(Diagnostic.Error("phrase-error", Messages.Format("phrases.bad-braces", ("key", key)), phrase.Where));
                return;
            }
        }

        phrases[key] = phrase;
    }

    /// <summary>One phrase: its text (the plural <c>other</c> form), and the <c>one</c> and <c>zero</c> forms when it has them.</summary>
    private sealed record Phrase(string Other, string? One, string? Zero, SourceSpan Where)
    {
        /// <summary>The form for exactly two, where the language has a word for it ("begge", "both").</summary>
        public string? Two { get; init; }

        public IEnumerable<string> Texts => new[] { Other, One, Zero, Two }.OfType<string>();

        public IReadOnlySet<string> Placeholders => Texts.SelectMany(t => t.Split('{').Skip(1).Select(p => p[..p.IndexOf('}', StringComparison.Ordinal)])).ToHashSet(StringComparer.Ordinal);

        public static bool IsPlural(YamlMappingNode map) =>
            map.Children.Keys.All(k => k is YamlScalarNode { Value: "one" or "other" or "zero" or "two" }) && map.Children.Count > 0;

        /// <summary>The form for a count: <c>zero</c> for 0 and <c>two</c> for 2 when written, <c>one</c> for 1, else <c>other</c> (the rule of nb, nn and en).</summary>
        public string Choose(object? n)
        {
            if (One is null || n is null)
            {
                return Other;
            }

            var count = Convert.ToDouble(n, CultureInfo.InvariantCulture);
            return count == 0 && Zero is not null ? Zero : Math.Abs(count) == 1 ? One : count == 2 && Two is not null ? Two : Other;
        }
    }
}

/// <summary>A phrase that is missing or cannot be filled in: a fault of the templates or the phrase book, reported as <c>template-error</c>.</summary>
public sealed class PhraseException(string key, string message, SourceSpan? where = null) : Exception(message)
{
    public string Key { get; } = key;

    /// <summary>Where the phrase is written, when the fault is in the phrase book.</summary>
    public SourceSpan? Where { get; } = where;
}

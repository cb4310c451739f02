using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Reads <c>editions/&lt;year&gt;/text.yaml</c>: <c>preface</c>, <c>themes.&lt;id&gt;.introduction</c> and
/// <c>.summary</c>, and <c>indicators.&lt;id&gt;</c>, each Markdown. Theme and indicator ids must exist
/// in the catalogue. The file is optional: without it the publication has no curated text.
/// <c>text.yaml</c> is the main language's; each other language of the edition has
/// <c>text.&lt;language&gt;.yaml</c> with the same blocks (see <see cref="TextTranslations"/>).
/// </summary>
public static class CuratedTextLoader
{
    public const string FileName = "text.yaml";

    /// <summary>The text file of <paramref name="language"/>: <c>text.yaml</c> for the main language, else <c>text.nn.yaml</c> and so on.</summary>
    public static string FileNameFor(string language, string mainLanguage) => language == mainLanguage ? FileName : $"text.{language}.yaml";

    /// <summary>
    /// The curated text in the language the catalogue was read in. For a language other than the
    /// main one, a block the translation lacks is <c>missing-translation</c> (an error; a warning in
    /// a <paramref name="draft"/>, which then shows the main language's block).
    /// </summary>
    public static CuratedText Load(EditionFiles files, IndicatorCatalogue catalogue, List<Diagnostic> diagnostics, bool draft = false)
    {
        var edition = catalogue.Edition;
        if (edition.Language == edition.MainLanguage)
        {
            return Read(files, FileName, catalogue, diagnostics) ?? CuratedText.Empty;
        }

        // The main text's own problems are reported when the main language is read.
        var main = Read(files, FileName, catalogue, []) ?? CuratedText.Empty;
        var name = FileNameFor(edition.Language, edition.MainLanguage);
        var translated = Read(files, name, catalogue, diagnostics);
        if (translated?.Findings is { } choices && (choices.Pin.Count > 0 || choices.Drop.Count > 0))
        {
            diagnostics.Add(Diagnostic.Error("extra-translation", Messages.Format("curated-text.findings-choice-in-translation", ("file", FileName)), new SourceSpan(files.Display(files.Own(name)), 1, 1)));
        }

        return TextTranslations.Match(main, translated, files.Display(files.Own(FileName)), name, edition.Language, edition.MainLanguage, draft, diagnostics) with { Findings = main.Findings };
    }

    /// <summary>One text file, or null when it does not exist.</summary>
    private static CuratedText? Read(EditionFiles files, string fileName, IndicatorCatalogue catalogue, List<Diagnostic> diagnostics)
    {
        var own = files.Own(fileName);
        if (!File.Exists(own))
        {
            return null;
        }

        // The file is the edition's own, but it may still be a link to somewhere else.
        var relative = files.Display(own);
        if (files.Resolve(fileName, new SourceSpan(relative, 1, 1), diagnostics) is not { } path
            || !YamlDocumentReader.TryRead(path, relative, diagnostics, out var source, out var document)
            || document is null)
        {
            return CuratedText.Empty;
        }

        if (document is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error("wrong-type", Messages.Format("curated-text.not-text"), YamlMapReader.SpanOf(document, relative)));
            return CuratedText.Empty;
        }

        var lines = source.Split('\n');
        var reader = new YamlMapReader(root, relative, diagnostics);
        // OptionalString reports a list or mapping where text belongs.
        TextBlock? Text(YamlMapReader map, string key) =>
            map.OptionalString(key) is { } text && map.Node(key) is YamlScalarNode node ? Block(node, text, relative, lines) : null;

        var preface = Text(reader, "preface");
        var introductions = new Dictionary<string, TextBlock>();
        var summaries = new Dictionary<string, TextBlock>();
        var themeIds = new IdList(catalogue.Themes.Select(t => t.Id));
        foreach (var (key, value) in reader.Entries("themes"))
        {
            if (!themeIds.Contains(key.Value!))
            {
                reader.Report("unknown-theme", Messages.Format("catalogue.unknown-reference", ("what", Messages.Format("catalogue.noun.theme")), ("value", SafeText.Excerpt(key.Value)), ("known", SafeText.List(themeIds))), key);
            }
            else if (value is YamlMappingNode node)
            {
                var map = reader.For(node);
                if (Text(map, "introduction") is { } introduction)
                {
                    introductions[key.Value!] = introduction;
                }

                if (Text(map, "summary") is { } summary)
                {
                    summaries[key.Value!] = summary;
                }

                map.ReportUnknownKeys();
            }
            else
            {
                reader.Report("wrong-type", Messages.Format("curated-text.theme-fields", ("theme", SafeText.Excerpt(key.Value))), value);
            }
        }

        var comments = new Dictionary<string, TextBlock>();
        var indicatorIds = new IdList(catalogue.Indicators.Select(i => i.Id));
        foreach (var (key, value) in reader.Entries("indicators"))
        {
            if (!indicatorIds.Contains(key.Value!))
            {
                reader.Report("unknown-indicator", Messages.Format("catalogue.unknown-reference", ("what", Messages.Format("catalogue.noun.indicator")), ("value", SafeText.Excerpt(key.Value)), ("known", SafeText.List(indicatorIds))), key);
            }
            else if (value is YamlScalarNode { Value: { } text } scalar)
            {
                comments[key.Value!] = Block(scalar, text, relative, lines);
            }
            else
            {
                reader.Report("wrong-type", Messages.Format("curated-text.comment-not-text", ("indicator", SafeText.Excerpt(key.Value))), value);
            }
        }

        var (choices, findingTexts) = ReadFindings(reader, indicatorIds, Text);
        reader.ReportUnknownKeys();
        return new CuratedText(preface, introductions, summaries, comments) { Findings = choices, FindingTexts = findingTexts };
    }

    /// <summary>
    /// <c>findings:</c> the editors' say over the key findings: <c>pin</c> and <c>drop</c>, lists of
    /// indicator ids, and <c>text</c>, a reworded sentence per indicator.
    /// </summary>
    private static (FindingChoices Choices, Dictionary<string, TextBlock> Texts) ReadFindings(YamlMapReader reader, IdList indicators, Func<YamlMapReader, string, TextBlock?> text)
    {
        var texts = new Dictionary<string, TextBlock>(StringComparer.Ordinal);
        if (reader.Map("findings", required: false) is not { } map)
        {
            return (FindingChoices.None, texts);
        }

        List<string> Ids(string key)
        {
            var ids = new List<string>();
            foreach (var (id, where) in map.StringList(key))
            {
                if (!indicators.Contains(id))
                {
                    map.Report("unknown-indicator", Messages.Format("catalogue.unknown-reference", ("what", Messages.Format("catalogue.noun.indicator")), ("value", SafeText.Excerpt(id)), ("known", SafeText.List(indicators))), where);
                }
                else if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return ids;
        }

        var (pin, drop) = (Ids("pin"), Ids("drop"));
        foreach (var both in pin.Intersect(drop))
        {
            map.Report("conflicting-choice", Messages.Format("curated-text.findings-pin-and-drop", ("indicator", SafeText.Excerpt(both))), map.WhereOf("drop"));
        }

        if (map.Map("text", required: false) is { } sentences)
        {
            foreach (var (key, _) in map.Entries("text"))
            {
                if (!indicators.Contains(key.Value!))
                {
                    map.Report("unknown-indicator", Messages.Format("catalogue.unknown-reference", ("what", Messages.Format("catalogue.noun.indicator")), ("value", SafeText.Excerpt(key.Value)), ("known", SafeText.List(indicators))), key);
                }
                else if (text(sentences, key.Value!) is { } block)
                {
                    texts[key.Value!] = block;
                }
            }
        }

        map.ReportUnknownKeys();
        return (new FindingChoices(pin, drop), texts);
    }

    /// <summary>Where the text's first character is: the next line for a block scalar (<c>|</c>), after the quote for a quoted one.</summary>
    private static TextBlock Block(YamlScalarNode node, string text, string file, string[] lines)
    {
        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            line++;
            var content = line - 1 < lines.Length ? lines[line - 1] : string.Empty;
            column = content.Length - content.TrimStart(' ').Length + 1;
        }
        else if (node.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted)
        {
            column++;
        }

        return new TextBlock(text, new SourceSpan(file, line, column));
    }
}

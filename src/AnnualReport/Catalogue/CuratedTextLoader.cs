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
        return TextTranslations.Match(main, translated, files.Display(files.Own(FileName)), name, edition.Language, edition.MainLanguage, draft, diagnostics);
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

        reader.ReportUnknownKeys();
        return new CuratedText(preface, introductions, summaries, comments);
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

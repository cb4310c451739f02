using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Catalogue;

/// <summary>
/// Matches a translation of the curated text against the main language's, block by block: the
/// translation has every block the main text has, and none it lacks.
/// </summary>
internal static class TextTranslations
{
    /// <param name="translated">The translation, or null when its file does not exist.</param>
    /// <param name="mainLanguage">The main language: a block shown in its place is marked as such (<see cref="TextBlock.Fallback"/>).</param>
    public static CuratedText Match(CuratedText main, CuratedText? translated, string mainFile, string translationFile, string language, string mainLanguage, bool draft, List<Diagnostic> diagnostics)
    {
        var original = Blocks(main);
        var blocks = Blocks(translated ?? CuratedText.Empty);
        Diagnostic Missing(string message, SourceSpan where) =>
            draft ? Diagnostic.Warning("missing-translation", Messages.Format("languages.draft-uses-main", ("problem", message)), where) : Diagnostic.Error("missing-translation", message, where);

        if (translated is null)
        {
            if (original.Count > 0)
            {
                diagnostics.Add(Missing(Messages.Format("languages.file-missing", ("language", language), ("file", translationFile), ("main", Path.GetFileName(mainFile))), new SourceSpan(mainFile, 1, 1)));
            }

            return Text(original.ToDictionary(b => b.Key, b => b.Value with { Fallback = mainLanguage }, StringComparer.Ordinal));
        }

        foreach (var (key, block) in original.Where(b => !blocks.ContainsKey(b.Key)))
        {
            diagnostics.Add(Missing(Messages.Format("languages.text-missing", ("key", key), ("file", translationFile)), block.Where));
            blocks[key] = block with { Fallback = mainLanguage };
        }

        foreach (var (key, block) in blocks.Where(b => !original.ContainsKey(b.Key)).ToList())
        {
            diagnostics.Add(Diagnostic.Error("extra-translation", Messages.Format("languages.text-extra", ("key", key), ("file", Path.GetFileName(mainFile))), block.Where));
            blocks.Remove(key);
        }

        return Text(blocks);
    }

    private static Dictionary<string, TextBlock> Blocks(CuratedText text)
    {
        var blocks = new Dictionary<string, TextBlock>(StringComparer.Ordinal);
        if (text.Preface is { } preface)
        {
            blocks["preface"] = preface;
        }

        foreach (var (id, block) in text.ThemeIntroductions)
        {
            blocks[$"themes.{id}.introduction"] = block;
        }

        foreach (var (id, block) in text.ThemeSummaries)
        {
            blocks[$"themes.{id}.summary"] = block;
        }

        foreach (var (id, block) in text.IndicatorComments)
        {
            blocks[$"indicators.{id}"] = block;
        }

        foreach (var (id, block) in text.FindingTexts)
        {
            blocks[$"findings.text.{id}"] = block;
        }

        return blocks;
    }

    private static CuratedText Text(Dictionary<string, TextBlock> blocks)
    {
        Dictionary<string, TextBlock> Under(string prefix, string suffix) => blocks
            .Where(b => b.Key.StartsWith(prefix, StringComparison.Ordinal) && b.Key.EndsWith(suffix, StringComparison.Ordinal))
            .ToDictionary(b => b.Key[prefix.Length..^suffix.Length], b => b.Value, StringComparer.Ordinal);

        return new CuratedText(
            blocks.GetValueOrDefault("preface"),
            Under("themes.", ".introduction"),
            Under("themes.", ".summary"),
            Under("indicators.", string.Empty))
        {
            FindingTexts = Under("findings.text.", string.Empty),
        };
    }
}

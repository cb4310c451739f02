using AnnualReport.Localization;
using System.Globalization;
using System.Text.RegularExpressions;
using AnnualReport.Model;

namespace AnnualReport.Catalogue;

/// <summary>
/// The edition's languages from <c>edition.languages: [nb, nn]</c> (the first is the main one) or
/// the older <c>edition.language: nb</c> (one language), each with its culture, and the one the
/// catalogue is being read in.
/// </summary>
internal sealed partial record EditionLanguages(IReadOnlyList<EditionLanguage> All, EditionLanguage Target, TextLanguages Texts)
{
    // It becomes the lang attribute of every page, a folder name and the PDF's language.
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\\z")]
    private static partial Regex LanguageCode();

    public static EditionLanguages Read(YamlMapReader map, string? target, bool draft, List<Diagnostic> found)
    {
        var list = map.StringList("languages");
        var single = map.OptionalString("language");
        if (list.Count > 0 && single is not null)
        {
            map.Report("wrong-type", Messages.Format("languages.both"), map.WhereOf("language"));
        }

        var named = list.Count > 0 ? list : [(single ?? "nb", map.WhereOf("language"))];
        var codes = new List<string>();
        foreach (var (code, where) in named)
        {
            if (!LanguageCode().IsMatch(code))
            {
                map.Report("wrong-type", Messages.Format("languages.bad-code", ("field", list.Count > 0 ? "languages" : "language"), ("value", SafeText.Excerpt(code))), where);
            }
            else if (!IsKnown(code))
            {
                map.Report("unknown-language", Messages.Format("languages.unknown-code", ("value", SafeText.Excerpt(code))), where);
            }
            else if (codes.Contains(code, StringComparer.Ordinal))
            {
                map.Report("duplicate-id", Messages.Format("languages.twice", ("code", code)), where);
            }
            else
            {
                codes.Add(code);
            }
        }

        if (codes.Count == 0)
        {
            codes.Add("nb");
        }

        var languages = codes.Select((code, i) => new EditionLanguage(code, i == 0 ? MainCulture(map, code, found) : EditionLanguage.DefaultCulture(code))).ToList();
        var chosen = languages[0];
        if (target is not null)
        {
            if (languages.FirstOrDefault(l => l.Code == target) is { } known)
            {
                chosen = known;
            }
            else
            {
                found.Add(Diagnostic.Error("bad-option", Messages.Format("languages.not-in-edition", ("value", SafeText.Excerpt(target)), ("codes", string.Join(", ", codes))), SourceSpan.ForFile("--language")));
            }
        }

        return new EditionLanguages(languages, chosen, new TextLanguages(codes, chosen.Code, draft));
    }

    /// <summary>The main language's culture: <c>edition.culture</c> when given, else the language's usual one.</summary>
    private static CultureInfo MainCulture(YamlMapReader map, string code, List<Diagnostic> found)
    {
        if (map.OptionalString("culture") is not { } name)
        {
            return EditionLanguage.DefaultCulture(code);
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (ArgumentException)
        {
            found.Add(Diagnostic.Error("wrong-type", Messages.Format("languages.bad-culture", ("value", SafeText.Excerpt(name))), map.Where));
            return EditionLanguage.DefaultCulture(code);
        }
    }

    private static bool IsKnown(string code)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}

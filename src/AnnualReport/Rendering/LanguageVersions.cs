using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>
/// The other language versions of a page: for each language of the edition, its name in its own
/// words (<c>common.language.name</c> of its phrase book) and the same page in its folder, whose
/// file name may differ (<c>metode.html</c>, <c>method.html</c>).
/// </summary>
public sealed class LanguageVersions
{
    private readonly IReadOnlyList<(EditionLanguage Language, PhraseBook Phrases)> _books;
    private readonly string _current;

    public LanguageVersions(TemplateFolders templates, Edition edition)
    {
        _current = edition.Language;
        _books = [.. edition.Languages.Select(l => (l, PhraseBook.Load(templates, l.Code, l.Culture)))];
    }

    /// <summary>A language's name in its own words; the code when the edition does not have it.</summary>
    public string Name(string code) => _books.FirstOrDefault(b => b.Language.Code == code).Phrases?.Get("common.language.name") ?? code;

    /// <summary>Links to this page in every language; none when the edition has one language.</summary>
    /// <param name="file">The page's file name in a language, from that language's phrase book.</param>
    public IReadOnlyList<LanguageLinkView> For(Func<PhraseBook, string> file) =>
        _books.Count < 2
            ? []
            : [.. _books.Select(b => new LanguageLinkView(b.Language.Code, b.Phrases.Get("common.language.name"), $"../{Uri.EscapeDataString(b.Language.Code)}/{SafeUrl.Page(file(b.Phrases)).TrimStart('.', '/')}", b.Language.Code == _current))];
}

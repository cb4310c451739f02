using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Comparing;

/// <summary>
/// The colophon's word for the build stamp in each language (<c>pages.colophon.stamp</c> of the
/// phrase book), so that <see cref="BuildOutputReader"/> reads the stamp apart: a new stamp is a
/// new build, not a change of the publication.
/// </summary>
public static class StampLabels
{
    /// <summary>The label for a language from the phrase books in <paramref name="templates"/>; null where there is none.</summary>
    public static Func<string, string?> From(string? templates) => language =>
    {
        if (templates is null || !Directory.Exists(PhraseBook.Folder(templates, language)))
        {
            return null;
        }

        try
        {
            var book = PhraseBook.Load(templates, language, EditionLanguage.DefaultCulture(language));
            return book.Has("pages.colophon.stamp") ? book.Get("pages.colophon.stamp") : null;
        }
        catch (InputException)
        {
            return null;
        }
    };
}

using System.Collections.Concurrent;
using System.Globalization;
using AnnualReport.Localization;

namespace AnnualReport.Tests.Support;

/// <summary>The shipped phrase books (templates/phrases), read once per language, with each language's culture.</summary>
internal static class TestPhrases
{
    private static readonly ConcurrentDictionary<string, PhraseBook> Books = new(StringComparer.Ordinal);

    public static Formats Bokmål => Formats("nb");

    public static PhraseBook For(string language) =>
        Books.GetOrAdd(language, l => PhraseBook.Load(RepositoryPaths.Templates, l, CultureInfo.GetCultureInfo(Culture(l))));

    public static Formats Formats(string language) => new(For(language));

    public static string Culture(string language) => language switch
    {
        "nb" => "nb-NO",
        "nn" => "nn-NO",
        _ => "en-GB",
    };
}

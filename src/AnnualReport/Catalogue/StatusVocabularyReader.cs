using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Catalogue;

/// <summary>
/// <c>data.symbols</c>: a source's own status vocabulary, each symbol or flag mapped to one of the
/// meanings the publication knows (<c>{"u": too-uncertain, ":": not-available}</c>).
/// </summary>
internal static class StatusVocabularyReader
{
    public static IReadOnlyDictionary<string, string> Read(YamlMapReader map)
    {
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (symbol, meaning, where) in map.StringMap("symbols"))
        {
            if (StatusMeanings.IsKnown(meaning))
            {
                symbols[symbol] = meaning;
            }
            else
            {
                map.Report("unknown-meaning", Messages.Format("tsv.unknown-meaning", ("meaning", SafeText.Excerpt(meaning)), ("meanings", string.Join(", ", StatusMeanings.All))), where);
            }
        }

        return symbols;
    }
}

namespace AnnualReport.Publishing;

/// <summary>
/// Each language's name in itself, the words of the root page's links (a reader looks for their
/// own language in their own words). To move into the phrase books.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["nb"] = "Bokmål",
        ["nn"] = "Nynorsk",
        ["en"] = "English",
        ["se"] = "Davvisámegiella",
    };

    /// <summary>The language's own name; for a language not in the table, the name .NET knows, capitalised.</summary>
    public static string Of(string code)
    {
        if (Names.TryGetValue(code, out var name))
        {
            return name;
        }

        var culture = System.Globalization.CultureInfo.GetCultureInfo(code);
        var native = culture.NativeName;
        return native.Length == 0 ? code : culture.TextInfo.ToUpper(native[0]) + native[1..];
    }
}

using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Comments;

/// <summary>The text entries of an annotation dictionary (/T, /M, /RC …), direct or by reference.</summary>
internal sealed class AnnotationStrings(PdfDocument document)
{
    /// <summary>The longest text kept of one entry: a comment, not a file smuggled into a note.</summary>
    public const int MaxLength = 20_000;

    public string? Get(DictionaryToken dictionary, string key)
    {
        if (!dictionary.TryGet(NameToken.Create(key), out var token))
        {
            return null;
        }

        if (token is IndirectReferenceToken reference)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }

        var text = token switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => null,
        };
        return text is { Length: > MaxLength } ? text[..MaxLength] + "…" : text;
    }

    /// <summary>The dictionary an entry refers to (/IRT), or null.</summary>
    public DictionaryToken? Dictionary(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) && token is IndirectReferenceToken reference
            ? document.Structure.GetObject(reference.Data)?.Data as DictionaryToken
            : null;
}

using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 10-001: every font's character codes map to Unicode: a /ToUnicode CMap, a standard
/// encoding for a simple font, or a predefined Adobe CJK collection for a Type 0 font.
/// </summary>
public sealed class FontCheck : IPdfUaCheck
{
    private static readonly HashSet<string> StandardEncodings = ["WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding", "MacExpertEncoding"];

    private static readonly HashSet<string> CjkCollections = ["Japan1", "CNS1", "GB1", "Korea1"];

    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        var seen = new HashSet<IndirectReference>();
        for (var number = 1; number <= document.Pages.Count; number++)
        {
            var resources = document.Resolve(document.Pages[number - 1].Dictionary, "Resources") as DictionaryToken;
            if (resources is null || document.Resolve(resources, "Font") is not DictionaryToken fonts)
            {
                continue;
            }

            foreach (var (key, token) in fonts.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (token is IndirectReferenceToken reference && !seen.Add(reference.Data))
                {
                    continue;
                }

                if (document.Resolve(token) is DictionaryToken font && Unmapped(document, font) is { } why)
                {
                    var name = PdfUaDocument.Text(document.Resolve(font, "BaseFont")) ?? "?";
                    var id = token is IndirectReferenceToken r ? $" {r.Data.ObjectNumber} {r.Data.Generation} R" : "";
                    yield return new("10-001", number, $"font /{key} ({name}){id}", why);
                }
            }
        }
    }

    private static string? Unmapped(PdfUaDocument document, DictionaryToken font)
    {
        if (document.Resolve(font, "ToUnicode") is StreamToken)
        {
            return null;
        }

        var subtype = (document.Resolve(font, "Subtype") as NameToken)?.Data;
        var encoding = document.Resolve(font, "Encoding");
        if (subtype == "Type0")
        {
            var descendant = document.Resolve(font, "DescendantFonts") is ArrayToken { Data.Count: > 0 } d ? document.Resolve(d.Data[0]) as DictionaryToken : null;
            var system = descendant is null ? null : document.Resolve(descendant, "CIDSystemInfo") as DictionaryToken;
            var registry = system is null ? null : PdfUaDocument.Text(document.Resolve(system, "Registry"));
            var ordering = system is null ? null : PdfUaDocument.Text(document.Resolve(system, "Ordering"));
            return registry == "Adobe" && ordering is not null && CjkCollections.Contains(ordering)
                ? null
                : $"Type0 font without /ToUnicode and not of a predefined Adobe collection ({registry ?? "?"}-{ordering ?? "?"})";
        }

        var named = encoding switch
        {
            NameToken n => n.Data,
            DictionaryToken e => (document.Resolve(e, "BaseEncoding") as NameToken)?.Data ?? "StandardEncoding",
            _ => null,
        };
        if (named is not null && StandardEncodings.Contains(named))
        {
            return null;
        }

        // A standard 14 font without /Encoding uses its built-in encoding, whose glyph names are all known.
        var baseFont = PdfUaDocument.Text(document.Resolve(font, "BaseFont"));
        if (named is null && subtype == "Type1" && document.Resolve(font, "FontDescriptor") is null && baseFont is not null)
        {
            return null;
        }

        return named is null ? $"{subtype} font with neither /ToUnicode nor /Encoding" : $"{subtype} font with /Encoding /{named} and no /ToUnicode";
    }
}

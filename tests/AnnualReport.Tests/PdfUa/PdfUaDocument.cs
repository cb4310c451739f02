using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// A PDF opened for the PDF/UA checks: the catalog, the pages in order with their object numbers,
/// and the structure tree with every element role-mapped. Objects are read with PdfPig's tokens.
/// </summary>
public sealed class PdfUaDocument : IDisposable
{
    private readonly Dictionary<IndirectReference, int> _pageNumbers = [];

    private PdfUaDocument(PdfDocument pdf)
    {
        Pdf = pdf;
        Catalog = pdf.Structure.Catalog.CatalogDictionary;
        CollectPages(Resolve(Catalog, "Pages") as DictionaryToken, Get(Catalog, "Pages") as IndirectReferenceToken);
        StructTreeRoot = Resolve(Catalog, "StructTreeRoot") as DictionaryToken;
        RoleMap = ReadRoleMap();
        Elements = StructTreeRoot is null ? [] : new StructTreeReader(this).Read(StructTreeRoot);
    }

    public PdfDocument Pdf { get; }

    public DictionaryToken Catalog { get; }

    public DictionaryToken? StructTreeRoot { get; }

    /// <summary>The /RoleMap of the structure tree root: type → the type it is mapped to.</summary>
    public IReadOnlyDictionary<string, string> RoleMap { get; }

    /// <summary>The children of the structure tree root; <see cref="AllElements"/> for every element.</summary>
    public IReadOnlyList<StructElement> Elements { get; }

    /// <summary>Page dictionaries in page order (index 0 is page 1), with their object references.</summary>
    public List<(DictionaryToken Dictionary, IndirectReference? Reference)> Pages { get; } = [];

    public IEnumerable<StructElement> AllElements => Elements.SelectMany(e => new[] { e }.Concat(e.Descendants()));

    public static PdfUaDocument Open(string path) => new(PdfDocument.Open(path));

    public static PdfUaDocument Open(byte[] bytes) => new(PdfDocument.Open(bytes));

    public int? PageNumber(IndirectReference reference) => _pageNumbers.TryGetValue(reference, out var n) ? n : null;

    public static IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token) ? token : null;

    /// <summary>The value of a key, following indirect references.</summary>
    public IToken? Resolve(DictionaryToken dictionary, string key) => Resolve(Get(dictionary, key));

    public IToken? Resolve(IToken? token)
    {
        for (var depth = 0; token is IndirectReferenceToken reference && depth < 32; depth++)
        {
            token = Pdf.Structure.GetObject(reference.Data)?.Data;
        }

        return token is IndirectReferenceToken ? null : token;
    }

    public byte[] Decode(StreamToken stream) => stream.Decode(Pdf.Structure.FilterProvider, Pdf.Structure.TokenScanner).ToArray();

    /// <summary>The standard type a type maps to through the role map; null when the chain is circular or ends off the standard set.</summary>
    public string? StandardTypeOf(string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = type;
        while (!StandardStructureTypes.IsStandard(current))
        {
            if (!seen.Add(current) || !RoleMap.TryGetValue(current, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        NameToken n => n.Data,
        _ => null,
    };

    public void Dispose() => Pdf.Dispose();

    private IReadOnlyDictionary<string, string> ReadRoleMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (StructTreeRoot is not null && Resolve(StructTreeRoot, "RoleMap") is DictionaryToken roleMap)
        {
            foreach (var (key, value) in roleMap.Data)
            {
                if (Resolve(value) is NameToken target)
                {
                    map[key] = target.Data;
                }
            }
        }

        return map;
    }

    private void CollectPages(DictionaryToken? node, IndirectReferenceToken? reference)
    {
        if (node is null || Pages.Count > 100_000)
        {
            return;
        }

        if (Resolve(node, "Kids") is ArrayToken kids)
        {
            foreach (var kid in kids.Data)
            {
                CollectPages(Resolve(kid) as DictionaryToken, kid as IndirectReferenceToken);
            }

            return;
        }

        Pages.Add((node, reference?.Data));
        if (reference is not null)
        {
            _pageNumbers[reference.Data] = Pages.Count;
        }
    }
}

using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>Reads the structure tree from /StructTreeRoot /K: elements, marked-content references and object references.</summary>
internal sealed class StructTreeReader(PdfUaDocument document)
{
    // A malformed tree may loop back on itself; each element object is read once.
    private readonly HashSet<IndirectReference> _visited = [];

    public IReadOnlyList<StructElement> Read(DictionaryToken root)
    {
        var top = new List<StructElement>();
        foreach (var kid in Kids(PdfUaDocument.Get(root, "K")))
        {
            if (ReadElement(kid, parent: null, inheritedPage: null) is { } element)
            {
                top.Add(element);
            }
        }

        return top;
    }

    private static IEnumerable<IToken> Kids(IToken? k) => k switch
    {
        null => [],
        ArrayToken array => array.Data,
        _ => [k],
    };

    private StructElement? ReadElement(IToken token, StructElement? parent, int? inheritedPage)
    {
        var reference = (token as IndirectReferenceToken)?.Data;
        if (reference is { } r && !_visited.Add(r))
        {
            return null;
        }

        if (document.Resolve(token) is not DictionaryToken dictionary || PdfUaDocument.Get(dictionary, "S") is not NameToken type)
        {
            return null;
        }

        var page = PdfUaDocument.Get(dictionary, "Pg") is IndirectReferenceToken pg ? document.PageNumber(pg.Data) : inheritedPage;
        var element = new StructElement
        {
            Type = type.Data,
            StandardType = document.StandardTypeOf(type.Data),
            Dictionary = dictionary,
            Reference = reference,
            Parent = parent,
            DeclaredPage = page,
        };

        foreach (var kid in Kids(document.Resolve(dictionary, "K")))
        {
            ReadKid(element, kid, page);
        }

        return element;
    }

    private void ReadKid(StructElement element, IToken kid, int? page)
    {
        if (kid is NumericToken mcid)
        {
            element.MarkedContent.Add((page, mcid.Int));
            return;
        }

        var resolved = document.Resolve(kid) as DictionaryToken;
        var kind = resolved is null ? null : PdfUaDocument.Get(resolved, "Type") as NameToken;
        if (resolved is not null && kind?.Data == "MCR")
        {
            var mcrPage = PdfUaDocument.Get(resolved, "Pg") is IndirectReferenceToken pg ? document.PageNumber(pg.Data) : page;
            if (document.Resolve(resolved, "MCID") is NumericToken id)
            {
                element.MarkedContent.Add((mcrPage, id.Int));
            }
        }
        else if (resolved is not null && kind?.Data == "OBJR")
        {
            if (PdfUaDocument.Get(resolved, "Obj") is IndirectReferenceToken obj)
            {
                element.ObjectReferences.Add(obj.Data);
            }
        }
        else if (ReadElement(kid, element, page) is { } child)
        {
            element.Children.Add(child);
        }
    }
}

using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>A structure element of the structure tree, with its type as written and as role-mapped.</summary>
public sealed class StructElement
{
    public required string Type { get; init; }

    /// <summary>The standard type the role map leads to (the type itself when standard); null when none.</summary>
    public required string? StandardType { get; init; }

    public required DictionaryToken Dictionary { get; init; }

    public required IndirectReference? Reference { get; init; }

    public required StructElement? Parent { get; init; }

    /// <summary>The page of the element's /Pg (or the nearest ancestor's), 1-based.</summary>
    public required int? DeclaredPage { get; init; }

    /// <summary>The declared page, else the page of the first content the element or its descendants own.</summary>
    public int? Page => DeclaredPage ?? MarkedContent.Select(m => m.Page).FirstOrDefault(p => p is not null) ?? Children.Select(c => c.Page).FirstOrDefault(p => p is not null);

    public List<StructElement> Children { get; } = [];

    /// <summary>Marked-content ids this element owns, with their page.</summary>
    public List<(int? Page, int Mcid)> MarkedContent { get; } = [];

    /// <summary>Objects (annotations, XObjects) this element owns through /OBJR.</summary>
    public List<IndirectReference> ObjectReferences { get; } = [];

    /// <summary>How a failure message names this element: its type and object number.</summary>
    public string Name => Reference is { } r ? $"{Type} element {r.ObjectNumber} {r.Generation} R" : $"{Type} element (direct)";

    public IEnumerable<StructElement> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var grandchild in child.Descendants())
            {
                yield return grandchild;
            }
        }
    }
}

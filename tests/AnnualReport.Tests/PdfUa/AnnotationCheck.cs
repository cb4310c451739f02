using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 28 (annotations): 28-008/28-009 a page with annotations has /Tabs /S; 28-011 a Link
/// annotation is owned (/OBJR) by a Link element; 28-012 it has /Contents; 28-010 a Widget by a
/// Form element; 28-002 other annotations by an Annot element; 28-004 they have /Contents or the
/// element an /Alt. Popup and hidden annotations need none of this.
/// </summary>
public sealed class AnnotationCheck : IPdfUaCheck
{
    private const int HiddenFlag = 2;

    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        var owners = new Dictionary<IndirectReference, StructElement>();
        foreach (var element in document.AllElements)
        {
            foreach (var reference in element.ObjectReferences)
            {
                owners.TryAdd(reference, element);
            }
        }

        for (var number = 1; number <= document.Pages.Count; number++)
        {
            var page = document.Pages[number - 1].Dictionary;
            if (document.Resolve(page, "Annots") is not ArrayToken { Data.Count: > 0 } annotations)
            {
                continue;
            }

            var tabs = document.Resolve(page, "Tabs") as NameToken;
            if (tabs is null)
            {
                yield return new("28-008", number, "page", $"the page has {annotations.Data.Count} annotation(s) and no /Tabs entry");
            }
            else if (tabs.Data != "S")
            {
                yield return new("28-009", number, "page", $"/Tabs is /{tabs.Data}, not /S");
            }

            foreach (var token in annotations.Data)
            {
                foreach (var failure in CheckAnnotation(document, number, token, owners))
                {
                    yield return failure;
                }
            }
        }
    }

    private static IEnumerable<PdfUaFailure> CheckAnnotation(PdfUaDocument document, int page, IToken token, Dictionary<IndirectReference, StructElement> owners)
    {
        if (document.Resolve(token) is not DictionaryToken annotation)
        {
            yield break;
        }

        var subtype = (document.Resolve(annotation, "Subtype") as NameToken)?.Data ?? "?";
        var flags = document.Resolve(annotation, "F") is NumericToken f ? f.Int : 0;
        if (subtype == "Popup" || (flags & HiddenFlag) != 0)
        {
            yield break;
        }

        var reference = (token as IndirectReferenceToken)?.Data;
        var name = $"{subtype} annotation {(reference is { } r ? $"{r.ObjectNumber} {r.Generation} R" : "(direct)")}{Target(document, annotation)}";
        var owner = reference is { } key && owners.TryGetValue(key, out var o) ? o : null;
        var contents = PdfUaDocument.Text(document.Resolve(annotation, "Contents"));
        var hasContents = !string.IsNullOrWhiteSpace(contents);
        switch (subtype)
        {
            case "Link":
                if (owner?.StandardType != "Link")
                {
                    yield return new("28-011", page, name, owner is null ? "not in the structure tree (no Link element has an /OBJR to it)" : $"owned by {owner.Name}, not a Link element");
                }

                if (!hasContents)
                {
                    yield return new("28-012", page, name, "no /Contents alternate description");
                }

                break;
            case "Widget":
                if (owner?.StandardType != "Form")
                {
                    yield return new("28-010", page, name, owner is null ? "not in the structure tree" : $"owned by {owner.Name}, not a Form element");
                }

                break;
            case "PrinterMark":
                break;
            default:
                if (owner?.StandardType != "Annot")
                {
                    yield return new("28-002", page, name, owner is null ? "not in the structure tree" : $"owned by {owner.Name}, not an Annot element");
                }

                if (!hasContents && string.IsNullOrWhiteSpace(owner is null ? null : PdfUaDocument.Text(document.Resolve(owner.Dictionary, "Alt"))))
                {
                    yield return new("28-004", page, name, "no /Contents and no /Alt on its structure element");
                }

                break;
        }
    }

    /// <summary>Where a link leads, so that a failure message can be matched to the page's text.</summary>
    private static string Target(PdfUaDocument document, DictionaryToken annotation)
    {
        if (document.Resolve(annotation, "A") is DictionaryToken action && PdfUaDocument.Text(document.Resolve(action, "URI")) is { } uri)
        {
            return $" → {uri}";
        }

        return PdfUaDocument.Text(document.Resolve(annotation, "Dest")) is { } dest ? $" → #{dest}" : "";
    }
}

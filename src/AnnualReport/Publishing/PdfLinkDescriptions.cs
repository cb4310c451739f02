using AnnualReport.Localization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace AnnualReport.Publishing;

/// <summary>
/// Gives every link annotation the alternate description PDF/UA-1 asks for in its /Contents
/// (ISO 14289-1, 7.18.5; Matterhorn 28-004): where it leads, a web address or a page of the
/// document, in the publication's language (<c>pdf.links.*</c>). Chromium writes links without it.
/// </summary>
public static class PdfLinkDescriptions
{
    /// <summary>Describes every link that has no description; returns how many it described.</summary>
    public static int Describe(PdfDocument document, PhraseBook phrases)
    {
        var pageNumbers = new Dictionary<PdfDictionary, int>();
        for (var i = 0; i < document.Pages.Count; i++)
        {
            pageNumbers[document.Pages[i]] = i + 1;
        }

        var named = document.Internals.Catalog.Elements.GetDictionary("/Dests");
        var described = 0;
        foreach (var page in document.Pages)
        {
            foreach (var annotation in page.Elements.GetArray("/Annots")?.Elements.Select(PdfStructureRepair.Resolve).OfType<PdfDictionary>() ?? [])
            {
                if (annotation.Elements.GetName("/Subtype") != "/Link" || !string.IsNullOrWhiteSpace(annotation.Elements.GetString("/Contents")))
                {
                    continue;
                }

                annotation.Elements["/Contents"] = new PdfString(Description(annotation, named, pageNumbers, phrases), PdfStringEncoding.Unicode);
                described++;
            }
        }

        return described;
    }

    private static string Description(PdfDictionary annotation, PdfDictionary? named, Dictionary<PdfDictionary, int> pageNumbers, PhraseBook phrases)
    {
        var action = annotation.Elements.GetDictionary("/A");
        if (action?.Elements.GetName("/S") == "/URI")
        {
            var address = action.Elements.GetString("/URI");
            return phrases.Get("pdf.links.address", ("address", address));
        }

        var destination = PdfStructureRepair.Resolve(action?.Elements["/D"] ?? annotation.Elements["/Dest"]);
        var name = destination switch
        {
            PdfName n => n.Value,
            PdfString s => "/" + s.Value,
            _ => null,
        };
        if (name is not null && named is not null)
        {
            destination = PdfStructureRepair.Resolve(named.Elements[name]);
            if (destination is PdfDictionary withD)
            {
                destination = PdfStructureRepair.Resolve(withD.Elements["/D"]);
            }
        }

        return destination is PdfArray { Elements.Count: > 0 } array
            && PdfStructureRepair.Resolve(array.Elements[0]) is PdfDictionary target
            && pageNumbers.TryGetValue(target, out var number)
            ? phrases.Get("pdf.links.page", ("page", number))
            : phrases.Get("pdf.links.other");
    }
}

using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace AnnualReport.Publishing;

/// <summary>
/// Mends the structure tree Chromium writes where PDF/UA-1 asks for more: a RoleMap for the types
/// ISO 32000-1 does not define (Chromium writes Strong and Em; Matterhorn 02-001), an LBody in
/// every list item (Chromium puts the item's content straight into LI; a list is L, LI, Lbl and
/// LBody, ISO 32000-1 14.8.4.3.3), and an /Alt on the &lt;figure&gt; around a chart (13-004), taken from the chart itself,
/// whose SVG carries the title and description.
/// </summary>
public static class PdfStructureRepair
{
    /// <summary>The standard structure types of ISO 32000-1, 14.8.4.</summary>
    private static readonly HashSet<string> Standard =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    ];

    public static void Repair(PdfDocument document)
    {
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root is null)
        {
            return;
        }

        var elements = new List<PdfDictionary>();
        Collect(root, elements);
        MapRoles(document, root, elements);
        var moved = new Dictionary<PdfDictionary, PdfDictionary>();
        foreach (var item in elements.Where(e => Type(e) == "LI"))
        {
            if (AddBody(document, item) is { } body)
            {
                moved[item] = body;
            }
        }

        if (moved.Count > 0 && root.Elements.GetDictionary("/ParentTree") is { } parentTree)
        {
            RepointParents(parentTree, moved);
        }

        foreach (var figure in elements.Where(e => Type(e) == "Figure" && !HasText(e)))
        {
            var inner = Descendants(figure).Where(d => Type(d) == "Figure" && HasText(d)).Select(d => d.Elements.GetString("/Alt")).ToList();
            if (inner.Count > 0)
            {
                figure.Elements["/Alt"] = new PdfString(string.Join(" ", inner), PdfStringEncoding.Unicode);
            }
        }
    }

    internal static string Type(PdfDictionary element) => element.Elements.GetName("/S").TrimStart('/');

    internal static IEnumerable<PdfDictionary> Descendants(PdfDictionary element)
    {
        foreach (var kid in Kids(element))
        {
            yield return kid;
            foreach (var below in Descendants(kid))
            {
                yield return below;
            }
        }
    }

    /// <summary>The structure elements among the kids (not marked-content or object references).</summary>
    internal static IEnumerable<PdfDictionary> Kids(PdfDictionary element) =>
        KidItems(element).Select(Resolve).OfType<PdfDictionary>().Where(d => d.Elements.ContainsKey("/S"));

    /// <summary>A reference to an indirect object, or the object itself when it is direct.</summary>
    internal static PdfItem Indirect(PdfObject value) => (PdfItem?)value.Reference ?? value;

    internal static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    internal static void Collect(PdfDictionary node, List<PdfDictionary> into)
    {
        foreach (var kid in Kids(node))
        {
            into.Add(kid);
            Collect(kid, into);
        }
    }

    private static IEnumerable<PdfItem> KidItems(PdfDictionary element) => element.Elements["/K"] switch
    {
        PdfArray array => array.Elements,
        null => [],
        var single => [single],
    };

    private static bool HasText(PdfDictionary element) =>
        !string.IsNullOrWhiteSpace(element.Elements.GetString("/Alt")) || !string.IsNullOrWhiteSpace(element.Elements.GetString("/ActualText"));

    private static void MapRoles(PdfDocument document, PdfDictionary root, List<PdfDictionary> elements)
    {
        var roleMap = root.Elements.GetDictionary("/RoleMap");
        foreach (var type in elements.Select(Type).Where(t => !Standard.Contains(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (roleMap is null)
            {
                roleMap = new PdfDictionary(document);
                root.Elements["/RoleMap"] = roleMap;
            }

            if (!roleMap.Elements.ContainsKey("/" + type))
            {
                // Strong, Em and the other inline types HTML has and PDF 1.7 lacks are spans of text.
                roleMap.Elements["/" + type] = new PdfName("/Span");
            }
        }
    }

    /// <summary>Moves everything in a list item except its label into a new LBody; returns it, or null if the item already has one.</summary>
    private static PdfDictionary? AddBody(PdfDocument document, PdfDictionary item)
    {
        var kids = KidItems(item).ToList();
        if (kids.Any(k => Resolve(k) is PdfDictionary d && d.Elements.ContainsKey("/S") && Type(d) == "LBody"))
        {
            return null;
        }

        var labels = kids.Where(k => Resolve(k) is PdfDictionary d && d.Elements.ContainsKey("/S") && Type(d) == "Lbl").ToList();
        var content = kids.Except(labels).ToList();
        var body = new PdfDictionary(document);
        document.Internals.AddObject(body);
        body.Elements["/Type"] = new PdfName("/StructElem");
        body.Elements["/S"] = new PdfName("/LBody");
        body.Elements["/P"] = Indirect(item);
        if (item.Elements["/Pg"] is { } page)
        {
            body.Elements["/Pg"] = page;
        }

        var bodyKids = new PdfArray(document);
        foreach (var kid in content)
        {
            bodyKids.Elements.Add(kid);
            if (Resolve(kid) is PdfDictionary d && d.Elements.ContainsKey("/S"))
            {
                d.Elements["/P"] = Indirect(body);
            }
        }

        body.Elements["/K"] = bodyKids;
        var itemKids = new PdfArray(document);
        foreach (var label in labels)
        {
            itemKids.Elements.Add(label);
        }

        itemKids.Elements.Add(Indirect(body));
        item.Elements["/K"] = itemKids;
        return body;
    }

    /// <summary>The parent tree names each list item as the parent of its own content, which now lives in its LBody.</summary>
    private static void RepointParents(PdfDictionary node, Dictionary<PdfDictionary, PdfDictionary> moved)
    {
        if (node.Elements.GetArray("/Nums") is { } nums)
        {
            for (var i = 1; i < nums.Elements.Count; i += 2)
            {
                switch (Resolve(nums.Elements[i]))
                {
                    case PdfArray parents:
                        for (var j = 0; j < parents.Elements.Count; j++)
                        {
                            if (Resolve(parents.Elements[j]) is PdfDictionary p && moved.TryGetValue(p, out var body))
                            {
                                parents.Elements[j] = Indirect(body);
                            }
                        }

                        break;
                    case PdfDictionary p when moved.TryGetValue(p, out var body):
                        nums.Elements[i] = Indirect(body);
                        break;
                }
            }
        }

        foreach (var kid in node.Elements.GetArray("/Kids")?.Elements.Select(Resolve).OfType<PdfDictionary>() ?? [])
        {
            RepointParents(kid, moved);
        }
    }
}

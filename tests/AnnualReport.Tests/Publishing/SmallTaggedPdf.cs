using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// A one-page tagged PDF with the shortcomings Chromium's tagging has: a link straight in a list
/// item, a Strong with no RoleMap, a figure whose chart inside carries the only /Alt, a link
/// annotation without /Contents, a page background painted outside any tag, and no XMP.
/// </summary>
internal static class SmallTaggedPdf
{
    public const int ListItemMcid = 1;

    public const string ChartAlt = "Sysselsatte innvandrere. Andelen har økt siden 2015.";

    public static string Write(string path)
    {
        var document = new PdfDocument();
        document.Info.Title = "Små tall";
        var catalog = document.Internals.Catalog;
        catalog.Elements["/Lang"] = new PdfString("nb");
        var page = document.AddPage();
        page.Elements["/StructParents"] = new PdfInteger(0);

        var content = Indirect(document, new PdfDictionary(document));
        content.CreateStream(Encoding.ASCII.GetBytes(
            "1 1 1 rg 0 0 595 842 re f\n" +
            "/Link <</MCID 0>> BDC 0 0 5 5 re f EMC\n" +
            "/LI <</MCID 1>> BDC 5 5 5 5 re f EMC\n" +
            "/Strong <</MCID 2>> BDC 10 10 5 5 re f EMC\n" +
            "/Figure <</MCID 3>> BDC 20 20 50 50 re f EMC\n" +
            "0 0 1 rg 100 100 m 200 200 l S\n"));
        page.Elements["/Contents"] = content.Reference;

        var root = Indirect(document, new PdfDictionary(document));
        root.Elements["/Type"] = new PdfName("/StructTreeRoot");
        catalog.Elements["/StructTreeRoot"] = root.Reference;
        catalog.Elements["/MarkInfo"] = new PdfDictionary(document) { Elements = { ["/Marked"] = new PdfBoolean(true) } };

        var top = Element(document, "Document", root, page);
        root.Elements["/K"] = top.Reference;
        var list = Element(document, "L", top, page);
        var item = Element(document, "LI", list, page);
        var link = Element(document, "Link", item, page);
        var strong = Element(document, "Strong", top, page);
        var outer = Element(document, "Figure", top, page);
        var chart = Element(document, "Figure", outer, page);
        chart.Elements["/Alt"] = new PdfString(ChartAlt, PdfStringEncoding.Unicode);

        var annotation = Indirect(document, new PdfDictionary(document));
        annotation.Elements["/Type"] = new PdfName("/Annot");
        annotation.Elements["/Subtype"] = new PdfName("/Link");
        annotation.Elements["/Rect"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(5), new PdfInteger(5));
        annotation.Elements["/A"] = new PdfDictionary(document) { Elements = { ["/S"] = new PdfName("/URI"), ["/URI"] = new PdfString("https://www.ssb.no/") } };
        annotation.Elements["/StructParent"] = new PdfInteger(1);
        page.Elements["/Annots"] = new PdfArray(document, annotation.Reference!);
        var objectReference = new PdfDictionary(document) { Elements = { ["/Type"] = new PdfName("/OBJR"), ["/Obj"] = annotation.Reference! } };

        Kids(document, top, list, strong, outer);
        Kids(document, list, item);
        item.Elements["/K"] = new PdfArray(document, link.Reference!, new PdfInteger(ListItemMcid));
        link.Elements["/K"] = new PdfArray(document, new PdfInteger(0), objectReference);
        strong.Elements["/K"] = new PdfInteger(2);
        outer.Elements["/K"] = chart.Reference;
        chart.Elements["/K"] = new PdfInteger(3);

        var parents = Indirect(document, new PdfArray(document, link.Reference!, item.Reference!, strong.Reference!, chart.Reference!));
        var tree = Indirect(document, new PdfDictionary(document));
        tree.Elements["/Nums"] = new PdfArray(document, new PdfInteger(0), parents.Reference!, new PdfInteger(1), link.Reference!);
        root.Elements["/ParentTree"] = tree.Reference;
        root.Elements["/ParentTreeNextKey"] = new PdfInteger(2);

        document.Save(path);
        return path;
    }

    private static T Indirect<T>(PdfDocument document, T value)
        where T : PdfObject
    {
        document.Internals.AddObject(value);
        return value;
    }

    private static PdfDictionary Element(PdfDocument document, string type, PdfDictionary parent, PdfPage page)
    {
        var element = Indirect(document, new PdfDictionary(document));
        element.Elements["/Type"] = new PdfName("/StructElem");
        element.Elements["/S"] = new PdfName("/" + type);
        element.Elements["/P"] = parent.Reference;
        element.Elements["/Pg"] = page.Reference;
        return element;
    }

    private static void Kids(PdfDocument document, PdfDictionary parent, params PdfDictionary[] kids) =>
        parent.Elements["/K"] = new PdfArray(document, kids.Select(k => (PdfItem)k.Reference!).ToArray());
}

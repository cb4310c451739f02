using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// Reads a finished PDF back with PDFsharp's own content parser (not the tokenizer under test) and
/// lists what breaks the PDF/UA checkpoints the accessibility step answers for, one line per
/// problem with its Matterhorn checkpoint. An empty list is a pass.
/// </summary>
internal static class UaInspector
{
    private static readonly HashSet<string> Standard =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    ];

    private static readonly HashSet<string> Painting = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "Tj", "TJ", "'", "\"", "EI"];

    public static IReadOnlyList<string> Check(string path)
    {
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        var problems = new List<string>();
        CheckCatalog(document, problems);
        for (var i = 0; i < document.Pages.Count; i++)
        {
            CheckPage(document.Pages[i], i + 1, problems);
        }

        CheckStructure(document, problems);
        return problems;
    }

    public static string Xmp(PdfDocument document) =>
        document.Internals.Catalog.Elements.GetDictionary("/Metadata") is { } metadata ? Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue) : string.Empty;

    private static void CheckCatalog(PdfDocument document, List<string> problems)
    {
        var catalog = document.Internals.Catalog;
        var xmp = Xmp(document);
        if (!xmp.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal))
        {
            problems.Add("06-002: no pdfuaid:part 1 in the XMP metadata");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(xmp, @"<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang=""x-default"">[^<]+</rdf:li>"))
        {
            problems.Add("06-003: no dc:title in the XMP metadata");
        }

        if (!xmp.Contains("<dc:language>", StringComparison.Ordinal))
        {
            problems.Add("dc:language missing from the XMP metadata");
        }

        if (catalog.Elements.GetDictionary("/ViewerPreferences")?.Elements.GetBoolean("/DisplayDocTitle") != true)
        {
            problems.Add("07-001: no /DisplayDocTitle true");
        }

        if (catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") != true)
        {
            problems.Add("7.1: no /MarkInfo /Marked true");
        }

        if (string.IsNullOrWhiteSpace(catalog.Elements.GetString("/Lang")))
        {
            problems.Add("7.2: no /Lang in the catalogue");
        }
    }

    private static void CheckPage(PdfPage page, int number, List<string> problems)
    {
        if (page.Elements.GetName("/Tabs") != "/S")
        {
            problems.Add($"28-008: page {number} has no /Tabs /S");
        }

        var depth = 0;
        var untagged = 0;
        foreach (var op in Operators(ContentReader.ReadContent(page)))
        {
            switch (op.Name)
            {
                case "BDC" or "BMC":
                    depth++;
                    break;
                case "EMC":
                    depth--;
                    break;
                default:
                    if (depth == 0 && Painting.Contains(op.Name))
                    {
                        untagged++;
                    }

                    break;
            }
        }

        if (untagged > 0)
        {
            problems.Add($"01-005: page {number} paints {untagged} times outside tagged content and artifacts");
        }

        foreach (var annotation in page.Elements.GetArray("/Annots")?.Elements.Select(Resolve).OfType<PdfDictionary>() ?? [])
        {
            if (annotation.Elements.GetName("/Subtype") == "/Link" && string.IsNullOrWhiteSpace(annotation.Elements.GetString("/Contents")))
            {
                problems.Add($"28-004: a link on page {number} has no /Contents");
            }
        }
    }

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op)
            {
                yield return op;
            }
            else if (item is CSequence inner)
            {
                foreach (var nested in Operators(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void CheckStructure(PdfDocument document, List<string> problems)
    {
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root is null)
        {
            problems.Add("7.1: no structure tree");
            return;
        }

        var roleMap = root.Elements.GetDictionary("/RoleMap");
        foreach (var element in Elements(root))
        {
            var type = element.Elements.GetName("/S").TrimStart('/');
            var mapped = roleMap?.Elements.GetName("/" + type).TrimStart('/');
            if (!Standard.Contains(type) && (string.IsNullOrEmpty(mapped) || !Standard.Contains(mapped)))
            {
                problems.Add($"02-001: {type} is neither standard nor role-mapped to a standard type");
            }

            switch (type)
            {
                case "Figure" when string.IsNullOrWhiteSpace(element.Elements.GetString("/Alt")) && string.IsNullOrWhiteSpace(element.Elements.GetString("/ActualText")):
                    problems.Add("13-004: a Figure without /Alt");
                    break;
                case "LI":
                    foreach (var kid in Kids(element).Select(k => k.Elements.GetName("/S").TrimStart('/')).Where(k => k is not ("Lbl" or "LBody")))
                    {
                        problems.Add($"16 (ISO 32000-1 14.8.4.3.3): an LI holds {kid} directly, not in Lbl or LBody");
                    }

                    if (KidItems(element).Any(k => Resolve(k) is not PdfDictionary { } d || !d.Elements.ContainsKey("/S")))
                    {
                        problems.Add("16 (ISO 32000-1 14.8.4.3.3): an LI holds content directly, not in Lbl or LBody");
                    }

                    break;
                case "TH" when !HasScope(element):
                    problems.Add("15-003: a TH without /Scope");
                    break;
            }
        }
    }

    private static bool HasScope(PdfDictionary element) => Resolve(element.Elements["/A"]) switch
    {
        PdfDictionary attributes => attributes.Elements.ContainsKey("/Scope"),
        PdfArray list => list.Elements.Select(Resolve).OfType<PdfDictionary>().Any(a => a.Elements.ContainsKey("/Scope")),
        _ => false,
    };

    public static IEnumerable<PdfDictionary> Elements(PdfDictionary node)
    {
        foreach (var kid in Kids(node))
        {
            yield return kid;
            foreach (var below in Elements(kid))
            {
                yield return below;
            }
        }
    }

    private static IEnumerable<PdfDictionary> Kids(PdfDictionary element) =>
        KidItems(element).Select(Resolve).OfType<PdfDictionary>().Where(d => d.Elements.ContainsKey("/S"));

    private static IEnumerable<PdfItem> KidItems(PdfDictionary element) => element.Elements["/K"] switch
    {
        PdfReference reference when reference.Value is PdfArray array => array.Elements,
        PdfArray array => array.Elements,
        null => [],
        var single => [single],
    };

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}

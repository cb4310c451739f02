namespace AnnualReport.Tests.PdfUa;

/// <summary>The standard structure types of ISO 32000-1 (PDF 1.7) section 14.8.4, which PDF/UA-1 builds on.</summary>
public static class StandardStructureTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        // Grouping elements
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        // Block-level elements
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody",
        "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        // Inline-level elements
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
        "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        // Illustration elements
        "Figure", "Formula", "Form",
    };

    public static bool IsStandard(string type) => All.Contains(type);
}

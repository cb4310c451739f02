using System.Text;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// A one-page PDF written byte by byte from PDF syntax, so that each test can break exactly one
/// PDF/UA requirement. <see cref="Conforming"/> meets every check; tests replace one part with
/// <c>with</c>. Objects: 1 Catalog, 2 Pages, 3 Page, 4 content, 5 font, 6 StructTreeRoot,
/// 7 XMP metadata, 8 Link annotation.
/// </summary>
public sealed record TinyPdf
{
    public const string DefaultXmp = """
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Tiny report</rdf:li></rdf:Alt></dc:title>
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """;

    public static readonly TinyPdf Conforming = new();

    public string Catalog { get; init; } =
        "/Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /Metadata 7 0 R /Lang (en) /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >>";

    /// <summary>The XMP packet, or null for no metadata object.</summary>
    public string? Xmp { get; init; } = DefaultXmp;

    /// <summary>Entries of the page dictionary besides type, parent, box, resources and contents.</summary>
    public string PageEntries { get; init; } = "/Tabs /S /Annots [8 0 R] /StructParents 0";

    public string Annotation { get; init; } =
        "/Type /Annot /Subtype /Link /Rect [72 475 140 492] /Border [0 0 0] /Contents (Example website) /A << /S /URI /URI (https://example.org/) >> /StructParent 1";

    public string Font { get; init; } = "/Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding";

    /// <summary>Further objects, numbered from 9 on; write streams with <see cref="Stream"/>.</summary>
    public IReadOnlyList<string> Extra { get; init; } = [];

    public string RoleMap { get; init; } = "/Chapter /Sect";

    /// <summary>The kids of the Document element; marked content ids 0–7 match <see cref="Content"/>.</summary>
    public string Structure { get; init; } = """
        << /S /H1 /K [0] >>
        << /S /Chapter /K [ << /S /H2 /K [1] >> ] >>
        << /S /Figure /Alt (A red square) /K [2] >>
        << /S /L /K [ << /S /LI /K [ << /S /Lbl /K [3] >> << /S /LBody /K [4] >> ] >> ] >>
        << /S /Table /K [ << /S /TR /K [ << /S /TH /A << /O /Table /Scope /Column >> /K [5] >> ] >> << /S /TR /K [ << /S /TD /K [6] >> ] >> ] >>
        << /S /Link /K [ 7 << /Type /OBJR /Obj 8 0 R >> ] >>
        """;

    public string Content { get; init; } = """
        /H1 << /MCID 0 >> BDC BT /F1 18 Tf 72 760 Td (Tiny report) Tj ET EMC
        /H2 << /MCID 1 >> BDC BT /F1 14 Tf 72 730 Td (Findings) Tj ET EMC
        /Figure << /MCID 2 >> BDC 1 0 0 rg 72 600 50 50 re f EMC
        /Lbl << /MCID 3 >> BDC BT /F1 12 Tf 72 560 Td (1.) Tj ET EMC
        /LBody << /MCID 4 >> BDC BT /F1 12 Tf 90 560 Td (First item) Tj ET EMC
        /TH << /MCID 5 >> BDC BT /F1 12 Tf 72 520 Td (Year) Tj ET EMC
        /TD << /MCID 6 >> BDC BT /F1 12 Tf 72 500 Td (2024) Tj ET EMC
        /Link << /MCID 7 >> BDC BT /F1 12 Tf 72 480 Td (example.org) Tj ET EMC
        /Artifact BMC 0 0 0 RG 72 470 m 300 470 l S EMC
        /Artifact << /Type /Pagination >> BDC BT /F1 9 Tf 72 40 Td (Page 1 of 1) Tj ET EMC
        """;

    /// <summary>What the checker finds in this PDF.</summary>
    public IReadOnlyList<PdfUaFailure> Failures() => PdfUaChecker.Check(Build());

    public byte[] Build()
    {
        var objects = new List<string>
        {
            $"<< {Catalog} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {PageEntries} >>",
            Stream("", Content),
            $"<< {Font} >>",
            $"<< /Type /StructTreeRoot /RoleMap << {RoleMap} >> /K [ << /Type /StructElem /S /Document /Pg 3 0 R /K [ {Structure} ] >> ] >>",
            Xmp is null ? "null" : Stream("/Type /Metadata /Subtype /XML", Xmp),
            $"<< {Annotation} >>",
        };
        objects.AddRange(Extra);

        var pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Latin1Length(pdf));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Latin1Length(pdf);
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    public static string Stream(string entries, string data) =>
        $"<< {entries} /Length {Encoding.Latin1.GetByteCount(data)} >>\nstream\n{data}\nendstream";

    private static int Latin1Length(StringBuilder text) => Encoding.Latin1.GetByteCount(text.ToString());
}

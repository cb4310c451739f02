using System.Security;

namespace AnnualReport.Publishing;

/// <summary>
/// The XMP metadata packet PDF/UA-1 asks for (ISO 14289-1, 5 and 7.1; Matterhorn 06-002, 06-003):
/// the PDF/UA identification (pdfuaid:part 1) and the title in dc:title, with the language in
/// dc:language and the document information repeated so readers that look only at XMP agree.
/// </summary>
public static class PdfXmpPacket
{
    // XMP asks for the byte order mark in the packet header (XMP part 1, 7.3.2).
    private const char ByteOrderMark = '\uFEFF';

    /// <param name="identifier">The publication's ISBN or ISSN as a URN (<c>urn:isbn:…</c>, RFC 3187; <c>urn:issn:…</c>, RFC 3044) in dc:identifier (Dublin Core, XMP part 2), or null.</param>
    public static string Build(string title, string language, string? author, string? subject, string? keywords, string? identifier = null)
    {
        static string X(string value) => SecurityElement.Escape(value);
        var optional = string.Concat(
            author is { Length: > 0 } ? $"<dc:creator><rdf:Seq><rdf:li>{X(author)}</rdf:li></rdf:Seq></dc:creator>\n" : "",
            subject is { Length: > 0 } ? $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(subject)}</rdf:li></rdf:Alt></dc:description>\n" : "",
            keywords is { Length: > 0 } ? $"<pdf:Keywords>{X(keywords)}</pdf:Keywords>\n" : "",
            identifier is { Length: > 0 } ? $"<dc:identifier>{X(identifier)}</dc:identifier>\n" : "");
        return $"""
            <?xpacket begin="{ByteOrderMark}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(title)}</rdf:li></rdf:Alt></dc:title>
            <dc:language><rdf:Bag><rdf:li>{X(language)}</rdf:li></rdf:Bag></dc:language>
            {optional}</rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }
}

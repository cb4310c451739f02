using System.Text;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 06 (metadata): 06-001 the Catalog has an XMP /Metadata stream; 06-002 it carries the
/// PDF/UA identifier pdfuaid:part = 1; 06-003 it carries a non-empty dc:title.
/// </summary>
public sealed class MetadataCheck : IPdfUaCheck
{
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        if (document.Resolve(document.Catalog, "Metadata") is not StreamToken stream)
        {
            yield return new("06-001", null, "Catalog", "no /Metadata XMP stream in the Catalog");
            yield break;
        }

        var (xmp, error) = Parse(document.Decode(stream));
        if (xmp is null)
        {
            yield return new("06-001", null, "Catalog /Metadata", $"the XMP stream is not well-formed XML ({error})");
            yield break;
        }

        var part = xmp.Descendants().Attributes(PdfUaId + "part").Select(a => a.Value)
            .Concat(xmp.Descendants(PdfUaId + "part").Select(e => e.Value))
            .Select(v => v.Trim())
            .FirstOrDefault();
        if (part is null)
        {
            yield return new("06-002", null, "Catalog /Metadata", "the XMP has no PDF/UA identifier (pdfuaid:part)");
        }
        else if (part != "1")
        {
            yield return new("06-002", null, "Catalog /Metadata", $"pdfuaid:part is '{part}', not 1");
        }

        var title = xmp.Descendants(Dc + "title").Select(t => t.Value.Trim()).FirstOrDefault();
        if (string.IsNullOrEmpty(title))
        {
            yield return new("06-003", null, "Catalog /Metadata", title is null ? "the XMP has no dc:title" : "dc:title is empty");
        }
    }

    private static (XDocument? Xmp, string? Error) Parse(byte[] bytes)
    {
        try
        {
            return (XDocument.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), null);
        }
        catch (XmlException e)
        {
            return (null, e.Message);
        }
    }
}

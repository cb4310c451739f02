using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// The Catalog's entries PDF/UA needs: 07-001/07-002 /ViewerPreferences /DisplayDocTitle true;
/// 11-006 a document language (/Lang); 01-002 /MarkInfo /Marked true; 01-007 /Suspects not true;
/// and a /StructTreeRoot, without which no content can be tagged (01-005).
/// </summary>
public sealed class CatalogCheck : IPdfUaCheck
{
    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        var catalog = document.Catalog;
        var preferences = document.Resolve(catalog, "ViewerPreferences") as DictionaryToken;
        var displayTitle = preferences is null ? null : document.Resolve(preferences, "DisplayDocTitle");
        if (displayTitle is not BooleanToken display)
        {
            yield return new("07-001", null, "Catalog /ViewerPreferences", "no /DisplayDocTitle entry");
        }
        else if (!display.Data)
        {
            yield return new("07-002", null, "Catalog /ViewerPreferences", "/DisplayDocTitle is false");
        }

        if (string.IsNullOrWhiteSpace(PdfUaDocument.Text(document.Resolve(catalog, "Lang"))))
        {
            yield return new("11-006", null, "Catalog", "no document language: /Lang is missing or empty");
        }

        var markInfo = document.Resolve(catalog, "MarkInfo") as DictionaryToken;
        if (markInfo is null || document.Resolve(markInfo, "Marked") is not BooleanToken { Data: true })
        {
            yield return new("01-002", null, "Catalog /MarkInfo", "/Marked is not true: the document does not declare itself tagged");
        }

        if (markInfo is not null && document.Resolve(markInfo, "Suspects") is BooleanToken { Data: true })
        {
            yield return new("01-007", null, "Catalog /MarkInfo", "/Suspects is true");
        }

        if (document.StructTreeRoot is null)
        {
            yield return new("01-005", null, "Catalog", "no /StructTreeRoot: no content can be tagged");
        }
    }
}

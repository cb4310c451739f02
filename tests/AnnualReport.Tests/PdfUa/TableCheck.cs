using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Tables: 09-004 table elements used as ISO 32000-1 Table 337 defines them (Table holds TR or
/// THead/TBody/TFoot and an optional Caption; those hold TR; TR holds TH and TD); 15-003 in a
/// table not organised with /Headers, every TH has a /Scope in its /O /Table attributes.
/// </summary>
public sealed class TableCheck : IPdfUaCheck
{
    private static readonly Dictionary<string, string[]> Rules = new()
    {
        ["Table"] = ["TR", "THead", "TBody", "TFoot", "Caption"],
        ["THead"] = ["TR"],
        ["TBody"] = ["TR"],
        ["TFoot"] = ["TR"],
        ["TR"] = ["TH", "TD"],
    };

    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        foreach (var (element, type, _, failure) in AllowedChildren.Check(document, Rules, "09-004"))
        {
            if (failure is not null)
            {
                yield return failure;
            }

            if (type == "Table" && !element.Descendants().Any(d => d.StandardType == "TR"))
            {
                yield return new("09-004", element.Page, element.Name, "Table has no TR rows");
            }

            if (type == "TR" && element.Parent?.StandardType is { } parent && parent is not ("Table" or "THead" or "TBody" or "TFoot"))
            {
                yield return new("09-004", element.Page, element.Name, $"TR is inside {parent}, not a Table, THead, TBody or TFoot");
            }

            if (type == "Table")
            {
                foreach (var scope in CheckScopes(document, element))
                {
                    yield return scope;
                }
            }
        }
    }

    private static IEnumerable<PdfUaFailure> CheckScopes(PdfUaDocument document, StructElement table)
    {
        var cells = table.Descendants().Where(d => d.StandardType is "TH" or "TD").ToList();
        var usesHeaders = cells.Any(c => TableAttribute(document, c, "Headers") is not null);
        if (usesHeaders)
        {
            yield break;
        }

        foreach (var header in cells.Where(c => c.StandardType == "TH"))
        {
            var scope = TableAttribute(document, header, "Scope");
            if (scope is not NameToken { Data: "Row" or "Column" or "Both" })
            {
                var why = scope is null ? "no /Scope" : $"/Scope is {scope}, not /Row, /Column or /Both";
                yield return new("15-003", header.Page, header.Name, $"TH has {why} in an /O /Table attribute, and the table uses no /Headers");
            }
        }
    }

    /// <summary>A key of the element's /O /Table attribute dictionaries (/A is one dictionary or an array with revision numbers).</summary>
    internal static IToken? TableAttribute(PdfUaDocument document, StructElement element, string key)
    {
        var attributes = document.Resolve(element.Dictionary, "A") switch
        {
            DictionaryToken single => [single],
            ArrayToken array => array.Data.Select(document.Resolve).OfType<DictionaryToken>().ToList(),
            _ => new List<DictionaryToken>(),
        };
        return attributes
            .Where(a => document.Resolve(a, "O") is NameToken { Data: "Table" })
            .Select(a => document.Resolve(a, key))
            .FirstOrDefault(v => v is not null);
    }
}

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 09-005 (list elements used as ISO 32000-1 Table 336 defines them): an L holds LI
/// (or Caption), an LI holds Lbl and LBody only. Types are compared after role mapping.
/// </summary>
public sealed class ListCheck : IPdfUaCheck
{
    private static readonly Dictionary<string, string[]> Rules = new()
    {
        ["L"] = ["LI", "Caption"],
        ["LI"] = ["Lbl", "LBody"],
    };

    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        foreach (var (element, type, allowed, failure) in AllowedChildren.Check(document, Rules, "09-005"))
        {
            if (failure is not null)
            {
                yield return failure;
            }

            if (element.MarkedContent.Count > 0)
            {
                yield return new("09-005", element.Page, element.Name, $"{type} holds content directly; it belongs in {string.Join(" or ", allowed)}");
            }
        }
    }
}

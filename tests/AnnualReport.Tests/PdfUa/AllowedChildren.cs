namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// The children a structure type may hold (ISO 32000-1 Tables 336 and 337), compared after role
/// mapping: shared by the list (09-005) and table (09-004) checks.
/// </summary>
internal static class AllowedChildren
{
    /// <summary>Every element whose type has a rule, with the failure for children outside it (null when all fit).</summary>
    public static IEnumerable<(StructElement Element, string Type, string[] Allowed, PdfUaFailure? Failure)> Check(
        PdfUaDocument document, IReadOnlyDictionary<string, string[]> rules, string checkpoint)
    {
        foreach (var element in document.AllElements)
        {
            if (element.StandardType is not { } type || !rules.TryGetValue(type, out var allowed))
            {
                continue;
            }

            var wrong = element.Children.Where(c => !allowed.Contains(c.StandardType)).ToList();
            var failure = wrong.Count == 0 ? null : new PdfUaFailure(checkpoint, element.Page, element.Name,
                $"{type} has child(ren) {string.Join(", ", wrong.Select(c => c.Type).Distinct())}; allowed: {string.Join(", ", allowed)}");
            yield return (element, type, allowed, failure);
        }
    }
}

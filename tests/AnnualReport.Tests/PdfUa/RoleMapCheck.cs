namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 02 (role mapping): 02-001 every non-standard structure type maps, through /RoleMap,
/// to a standard type; 02-003 no circular mapping; 02-004 no standard type is remapped.
/// </summary>
public sealed class RoleMapCheck : IPdfUaCheck
{
    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        foreach (var (from, to) in document.RoleMap.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (StandardStructureTypes.IsStandard(from))
            {
                yield return new("02-004", null, "StructTreeRoot /RoleMap", $"the standard type /{from} is remapped to /{to}");
            }
            else if (IsCircular(document, from))
            {
                yield return new("02-003", null, "StructTreeRoot /RoleMap", $"/{from} is mapped in a circle ({Chain(document, from)})");
            }
            else if (document.StandardTypeOf(from) is null)
            {
                yield return new("02-001", null, "StructTreeRoot /RoleMap", $"/{from} does not end at a standard type ({Chain(document, from)})");
            }
        }

        var unmapped = document.AllElements
            .Where(e => !StandardStructureTypes.IsStandard(e.Type) && !document.RoleMap.ContainsKey(e.Type))
            .GroupBy(e => e.Type, StringComparer.Ordinal);
        foreach (var group in unmapped.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            yield return new("02-001", first.Page, first.Name,
                $"the non-standard type /{group.Key} is not in /RoleMap ({group.Count()} element(s) use it)");
        }
    }

    private static bool IsCircular(PdfUaDocument document, string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; document.RoleMap.TryGetValue(current, out var next); current = next)
        {
            if (!seen.Add(current))
            {
                return true;
            }
        }

        return false;
    }

    private static string Chain(PdfUaDocument document, string type)
    {
        var chain = new List<string> { type };
        var seen = new HashSet<string>(StringComparer.Ordinal) { type };
        for (var current = type; document.RoleMap.TryGetValue(current, out var next); current = next)
        {
            chain.Add(next);
            if (!seen.Add(next))
            {
                break;
            }
        }

        return string.Join(" → ", chain.Select(t => "/" + t));
    }
}

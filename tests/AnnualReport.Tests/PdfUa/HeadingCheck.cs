namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 14 (numbered headings, in structure-tree order): 14-002 the first is H1;
/// 14-003 no level is skipped going down (H1 then H3).
/// </summary>
public sealed class HeadingCheck : IPdfUaCheck
{
    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        var headings = document.AllElements
            .Select(e => (Element: e, Level: Level(e.StandardType)))
            .Where(h => h.Level > 0)
            .ToList();
        if (headings.Count == 0)
        {
            yield break;
        }

        if (headings[0].Level != 1)
        {
            yield return new("14-002", headings[0].Element.Page, headings[0].Element.Name, $"the first numbered heading is H{headings[0].Level}, not H1");
        }

        for (var i = 1; i < headings.Count; i++)
        {
            var (element, level) = headings[i];
            if (level > headings[i - 1].Level + 1)
            {
                yield return new("14-003", element.Page, element.Name, $"H{level} follows H{headings[i - 1].Level}: heading level H{headings[i - 1].Level + 1} is skipped");
            }
        }
    }

    private static int Level(string? type) =>
        type is { Length: 2 } && type[0] == 'H' && type[1] is >= '1' and <= '6' ? type[1] - '0' : 0;
}

namespace AnnualReport.Tests.PdfUa;

/// <summary>Matterhorn 13-004: every Figure (nested ones too) has a non-empty /Alt or /ActualText.</summary>
public sealed class FigureCheck : IPdfUaCheck
{
    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        foreach (var figure in document.AllElements.Where(e => e.StandardType == "Figure"))
        {
            var alt = PdfUaDocument.Text(document.Resolve(figure.Dictionary, "Alt"));
            var actual = PdfUaDocument.Text(document.Resolve(figure.Dictionary, "ActualText"));
            if (string.IsNullOrWhiteSpace(alt) && string.IsNullOrWhiteSpace(actual))
            {
                var nested = figure.Parent is { } p && Ancestors(p).Any(a => a.StandardType == "Figure") ? " (nested in a Figure)" : "";
                var why = alt is null && actual is null ? "no /Alt or /ActualText" : "/Alt and /ActualText are empty";
                yield return new("13-004", figure.Page, figure.Name, $"{why}{nested}");
            }
        }
    }

    private static IEnumerable<StructElement> Ancestors(StructElement element)
    {
        for (var current = element; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }
}

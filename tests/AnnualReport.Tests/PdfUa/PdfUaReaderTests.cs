using AnnualReport.Tests.EndToEnd;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// The checker sees into a real Chromium PDF (pages, structure tree, marked content, links), so that
/// zero failures can never come from a document it could not read.
/// </summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class PdfUaReaderTests(SampleBuildFixture build)
{
    [Fact]
    public void The_checker_reads_every_page_and_the_structure_tree_of_the_national_pdf()
    {
        using var document = PdfUaDocument.Open(build.Pdf);

        Assert.Equal(Poppler.PageCount(build.Pdf), document.Pages.Count);
        var elements = document.AllElements.ToList();
        Assert.Contains(elements, e => e.StandardType == "Figure");
        Assert.Contains(elements, e => e.StandardType == "Table");
        Assert.Contains(elements, e => e.StandardType == "Link" && e.ObjectReferences.Count > 0);
        var tagged = elements.SelectMany(e => e.MarkedContent).ToList();
        Assert.Equal(document.Pages.Count, tagged.Select(m => m.Page).Distinct().Count(p => p is not null));
    }
}

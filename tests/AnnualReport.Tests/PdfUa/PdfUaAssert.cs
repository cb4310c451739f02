namespace AnnualReport.Tests.PdfUa;

/// <summary>Checks a built PDF against every covered Matterhorn checkpoint and fails with the whole readable list.</summary>
internal static class PdfUaAssert
{
    public static void Conforms(string pdf)
    {
        using var document = PdfUaDocument.Open(pdf);

        // A PDF the reader could not see into would pass every check; make sure it read pages and tags.
        Assert.True(document.Pages.Count > 0, $"{pdf}: no pages read");
        Assert.True(document.AllElements.Any(), $"{pdf}: no structure elements read");

        var failures = PdfUaChecker.Check(document);
        Assert.True(failures.Count == 0,
            $"{failures.Count} PDF/UA failure(s) (Matterhorn Protocol 1.1) in {Path.GetFileName(pdf)}:\n{PdfUaChecker.Format(failures)}");
    }
}

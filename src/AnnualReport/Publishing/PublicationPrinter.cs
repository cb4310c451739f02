using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Rendering;

namespace AnnualReport.Publishing;

/// <summary>
/// Prints the publication: contents numbered from a first printing, then the document
/// information (Chromium sets only the title), then what PDF/UA asks beyond Chromium's tags.
/// Title, subject and author are the catalogue's in the publication's language; the keywords are
/// the build stamp and the link descriptions are the phrase book's, in that language too.
/// </summary>
public static class PublicationPrinter
{
    public static async Task PrintAsync(PdfPrinter printer, RenderedSite site, string folder, string pdf, IndicatorCatalogue catalogue, BuildStamp stamp, Formats formats, CancellationToken cancellationToken = default)
    {
        // A printing that times out is done again from the start in a fresh page, once.
        await printer.RetryAsync(() => PrintWithContentsAsync(printer, site, folder, pdf, cancellationToken));

        PdfMetadata.Write(pdf, new PdfInfo(
            catalogue.Edition.Title,
            catalogue.Edition.Subtitle,
            catalogue.Edition.Publisher,
            StampText.For(stamp, formats),
            nameof(AnnualReport)));
        // The book's own number first; a series' ISSN when the edition has no ISBN.
        var edition = catalogue.Edition;
        PdfAccessibility.Apply(pdf, formats.Phrases, edition.Isbn is { } isbn ? $"urn:isbn:{isbn}" : edition.Issn is { } issn ? $"urn:issn:{issn}" : null);
    }

    /// <summary>
    /// Prints the contents twice from one loaded document: the first printing finds the page of
    /// every heading, then the page numbers are written into the contents, whose lines keep their
    /// size so nothing moves, and it prints again. It checks the result and prints once more only
    /// if something did move. The saved print.html gets the same numbers as the PDF.
    /// </summary>
    private static async Task PrintWithContentsAsync(PdfPrinter printer, RenderedSite site, string folder, string pdf, CancellationToken cancellationToken)
    {
        await using var document = await printer.OpenAsync(Path.Combine(folder, HtmlRenderer.PrintPage), cancellationToken);
        await document.PrintAsync(pdf, cancellationToken);
        var contents = site.Contents;
        for (var pass = 0; pass < 3; pass++)
        {
            var structure = PdfStructure.Read(pdf);
            var numbered = TableOfContents.Number(contents, structure.Outline, structure.Destinations);
            if (numbered.SequenceEqual(contents))
            {
                break;
            }

            contents = numbered;
            await document.SetTextsAsync(".toc-page", contents.Select(c => c.Page).ToList(), cancellationToken);
            await document.PrintAsync(pdf, cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, HtmlRenderer.PrintPage), site.Print(contents).Html, cancellationToken);
    }
}

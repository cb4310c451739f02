using Microsoft.Playwright;

namespace AnnualReport.Publishing;

/// <summary>A document loaded in the browser: print it, change its text, print it again.</summary>
public sealed class PrintDocument(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>Prints to a PDF: page size from the CSS (A4), tagged, with bookmarks from the headings.</summary>
    public Task PrintAsync(string pdfPath) => page.PdfAsync(new PagePdfOptions
    {
        Path = pdfPath,
        Format = "A4",
        PreferCSSPageSize = true,
        PrintBackground = true,
        Tagged = true,
        Outline = true,
    });

    /// <summary>Sets the text of the elements matching <paramref name="selector"/>, in document order.</summary>
    public Task SetTextsAsync(string selector, IReadOnlyList<string> texts) =>
        page.EvaluateAsync("([selector, texts]) => document.querySelectorAll(selector).forEach((e, i) => { if (i < texts.length) e.textContent = texts[i]; })", new object[] { selector, texts });

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

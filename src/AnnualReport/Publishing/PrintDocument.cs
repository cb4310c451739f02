using Microsoft.Playwright;

namespace AnnualReport.Publishing;

/// <summary>A document loaded in the browser: print it, change its text, print it again. Every step is bounded by the printer's timeout.</summary>
public sealed class PrintDocument : IAsyncDisposable
{
    private readonly PdfPrinter _printer;
    private readonly IBrowserContext _context;
    private readonly IPage _page;

    internal PrintDocument(PdfPrinter printer, IBrowserContext context, IPage page)
    {
        (_printer, _context, _page) = (printer, context, page);
    }

    /// <summary>Prints to a PDF: page size from the CSS (A4), tagged, with bookmarks from the headings.</summary>
    public Task PrintAsync(string pdfPath, CancellationToken cancellationToken = default) => _printer.StepAsync(
        () => _page.PdfAsync(new PagePdfOptions
        {
            Path = pdfPath,
            Format = "A4",
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
        }),
        Path.GetFileName(pdfPath),
        cancellationToken);

    /// <summary>Loads another document into the same page (fact sheets reuse their page).</summary>
    internal Task LoadAsync(string htmlPath, CancellationToken cancellationToken) => _printer.StepAsync(
        async () =>
        {
            await _page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 0 });
            await _page.EvaluateAsync("() => document.fonts.ready");
        },
        Path.GetFileName(htmlPath),
        cancellationToken);

    /// <summary>Sets the text of the elements matching <paramref name="selector"/>, in document order.</summary>
    public Task SetTextsAsync(string selector, IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => _printer.StepAsync(
        () => _page.EvaluateAsync("([selector, texts]) => document.querySelectorAll(selector).forEach((e, i) => { if (i < texts.length) e.textContent = texts[i]; })", new object[] { selector, texts }),
        selector,
        cancellationToken);

    public async ValueTask DisposeAsync() => await _printer.CloseQuietlyAsync(_context);
}

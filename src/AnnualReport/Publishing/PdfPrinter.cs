using AnnualReport.Model;
using Microsoft.Playwright;

namespace AnnualReport.Publishing;

/// <summary>
/// Prints local HTML to a tagged PDF with a Chromium-family browser driven by Playwright. The page
/// may load only local files: the browser context is offline and every other request is aborted.
/// Launch once; open a document once and print it as often as needed.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    // Without the first ones, Chromium phones home at start-up; on a closed network that only
    // costs time. Without the last two, every local file counts as a site of its own and each
    // fact sheet starts a new renderer process (a third of the time per sheet); only our own
    // local files are ever loaded, so isolating them from each other protects nothing.
    private static readonly string[] QuietArguments =
    [
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-default-apps", "--disable-quic", "--disable-gpu",
        "--disable-site-isolation-trials", "--disable-features=site-per-process,IsolateOrigins",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<PdfPrinter> LaunchAsync(string browserPath)
    {
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = browserPath,
                Headless = true,
                Args = QuietArguments,
            });
            return new PdfPrinter(playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            var first = e.Message.Split('\n', 2)[0].Trim();
            throw new EnvironmentException($"Kunne ikke starte nettleseren «{browserPath}» for PDF-utskrift: {first}", e);
        }
    }

    /// <summary>Loads a document, ready to print, with its fonts loaded.</summary>
    public async Task<PrintDocument> OpenAsync(string htmlPath)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => document.fonts.ready");
        return new PrintDocument(context, page);
    }

    /// <summary>Opens and prints one document.</summary>
    public async Task PrintAsync(string htmlPath, string pdfPath)
    {
        await using var document = await OpenAsync(htmlPath);
        await document.PrintAsync(pdfPath);
    }

    /// <summary>
    /// Prints many small documents (fact sheets) with <paramref name="parallel"/> pages, each
    /// reused from document to document: a new page per document costs more than printing it.
    /// The contexts are offline, so nothing is fetched from elsewhere. Returns how many were printed.
    /// </summary>
    public async Task<int> PrintManyAsync(IReadOnlyList<(string Html, string Pdf)> jobs, int parallel, IProgress<(int Done, int Total)>? progress = null)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<(string Html, string Pdf)>(jobs);
        var done = 0;
        async Task Worker()
        {
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
            try
            {
                var page = await context.NewPageAsync();
                var document = new PrintDocument(context, page);
                while (queue.TryDequeue(out var job))
                {
                    await page.GotoAsync(new Uri(Path.GetFullPath(job.Html)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                    await page.EvaluateAsync("() => document.fonts.ready");
                    await document.PrintAsync(job.Pdf);
                    // Counted outside the ?. call: with no progress, ?. would skip the count too.
                    var count = Interlocked.Increment(ref done);
                    progress?.Report((count, jobs.Count));
                }
            }
            finally
            {
                await context.CloseAsync();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallel)).Select(_ => Worker()));
        return done;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

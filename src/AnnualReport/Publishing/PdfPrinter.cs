using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using Microsoft.Playwright;

namespace AnnualReport.Publishing;

/// <summary>
/// Prints local HTML to a tagged PDF with a Chromium-family browser driven by Playwright. The page
/// may load only local files: the browser context is offline and every other request is aborted.
/// Launch once; open a document once and print it as often as needed. Every browser step is
/// bounded by <see cref="PrintSettings.Timeout"/> and cancellable; a browser that hangs, crashes or
/// cannot start is an <see cref="EnvironmentException"/>, and the browser is always closed.
/// </summary>
public sealed partial class PdfPrinter : IAsyncDisposable
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
    private int _disposed;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, PrintSettings settings)
    {
        _playwright = playwright;
        _browser = browser;
        Settings = settings;
    }

    public PrintSettings Settings { get; }

    public static async Task<PdfPrinter> LaunchAsync(string browserPath, PrintSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= PrintSettings.Default;
        for (var attempt = 0; ; attempt++)
        {
            IPlaywright? playwright = null;
            try
            {
                playwright = await Playwright.CreateAsync().WaitAsync(cancellationToken);
                var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = browserPath,
                    Headless = true,
                    Args = QuietArguments,
                    Timeout = (float)settings.Timeout.TotalMilliseconds,
                }).WaitAsync(cancellationToken);
                return new PdfPrinter(playwright, browser, settings);
            }
            catch (TimeoutException e)
            {
                playwright?.Dispose();
                if (attempt >= settings.Retries)
                {
                    throw new PrintTimeoutException(Messages.Format("browser.start-timeout", ("path", browserPath), ("seconds", settings.Timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)), ("n", attempt + 1)), e);
                }
            }
            catch (PlaywrightException e)
            {
                playwright?.Dispose();
                var first = SafeText.Excerpt(e.Message.Split('\n', 2)[0].Trim(), 200);
                throw new EnvironmentException(Messages.Format("browser.start-failed", ("path", browserPath), ("detail", first)), e);
            }
            catch (OperationCanceledException)
            {
                playwright?.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Loads a document, ready to print, with its fonts loaded. One attempt: the operations that
    /// open documents (<see cref="PrintAsync"/>, the publication's printing) try again as a whole.
    /// </summary>
    public async Task<PrintDocument> OpenAsync(string htmlPath, CancellationToken cancellationToken = default)
    {
        var document = await NewDocumentAsync(cancellationToken);
        try
        {
            await document.LoadAsync(htmlPath, cancellationToken);
            return document;
        }
        catch
        {
            await document.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens and prints one document.</summary>
    public async Task PrintAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken = default)
    {
        await RetryAsync(async () =>
        {
            await using var document = await OpenAsync(htmlPath, cancellationToken);
            await document.PrintAsync(pdfPath, cancellationToken);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            // A hung browser must not hang the program on its way out.
            await _browser.CloseAsync().WaitAsync(Settings.Timeout);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // Already gone or not answering; disposing Playwright below ends its driver and the browser with it.
        }
        finally
        {
            _playwright.Dispose();
        }
    }

    /// <summary>Runs one browser step within the timeout; a hang or a crash becomes an error a person can act on.</summary>
    internal async Task StepAsync(Func<Task> step, string what, CancellationToken cancellationToken)
    {
        try
        {
            await step().WaitAsync(Settings.Timeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new PrintTimeoutException(Messages.Format("browser.step-timeout", ("seconds", Settings.Timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)), ("step", what)), e);
        }
        catch (PlaywrightException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EnvironmentException(Messages.Format("browser.crashed", ("step", what), ("detail", SafeText.Excerpt(e.Message.Split('\n', 2)[0].Trim(), 200))), e);
        }
    }

    internal async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().WaitAsync(Settings.Timeout);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // A context of a crashed or hung browser; the browser itself is closed on dispose.
        }
    }

    /// <summary>Runs a printing operation, and once more from the start (in fresh pages) when a browser step timed out.</summary>
    internal async Task RetryAsync(Func<Task> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (PrintTimeoutException) when (attempt < Settings.Retries)
            {
            }
        }
    }

    private async Task<PrintDocument> NewDocumentAsync(CancellationToken cancellationToken)
    {
        IBrowserContext? context = null;
        IPage? page = null;
        await StepAsync(
            async () =>
            {
                context = await _browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
                page = await context.NewPageAsync();
                await page.RouteAsync("**/*", route =>
                    route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
            },
            Messages.Format("browser.step.new-page"),
            cancellationToken);
        return new PrintDocument(this, context!, page!);
    }
}

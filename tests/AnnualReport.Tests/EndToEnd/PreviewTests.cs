using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// <c>annual-report preview</c> with the real Chromium looking at it: an edit of the curated text
/// appears in the open page without a reload by hand; broken YAML shows in the page with its file
/// and line and the page comes back when it is fixed; the PDF is printed on request; Ctrl-C stops it.
/// </summary>
[Trait("Tier", "Full")]
public sealed class PreviewTests : IDisposable
{
    private const string Sentence = "Denne publikasjonen viser hvordan integreringen i Norge utvikler seg over tid";
    private const string Edited = "Denne utgaven viser hvordan integreringen i Norge endrer seg fra år til år";

    private readonly PreviewEdition _edition = new();

    [Fact]
    public async Task A_text_edit_and_a_yaml_error_show_in_the_open_page_by_themselves()
    {
        using var preview = new PreviewProcess(_edition.Root, "--fonts", RepositoryPaths.Fonts, "--date", "2025-11-20", "--no-pdf");
        var url = await preview.UrlAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });

        // The page's own policy stays in force (no BypassCSP): the reload script runs only by its nonce.
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await page.GotoAsync(url + "nb/");
        Assert.Contains(Sentence, await page.InnerTextAsync("body"));
        await WaitForEventStream(page);

        // An edit: the open page shows it, with no reload by the test.
        _edition.Edit(_edition.TextFile, Sentence, Edited);
        await WaitForText(page, Edited);
        Assert.DoesNotContain(Sentence, await page.InnerTextAsync("body"));

        // Broken YAML: the page lists the error with its file and line; fixed, the page comes back.
        var good = File.ReadAllText(_edition.TextFile);
        File.WriteAllText(_edition.TextFile, good + "\nbroken: [unclosed\n");
        await WaitForText(page, "error yaml-syntax");
        var shown = await page.InnerTextAsync("body");
        Assert.Matches(@"editions/2025/text\.yaml\(\d+,\d+\): error yaml-syntax", shown);
        File.WriteAllText(_edition.TextFile, good);
        await WaitForText(page, Edited);

        Assert.Empty(refused);
        Assert.Contains("text.yaml", preview.Output);
        Assert.Contains("error yaml-syntax", preview.Output);
        Assert.False(Directory.Exists(_edition.RealOutput));
        Assert.Equal(0, await preview.InterruptAsync());
    }

    [Fact]
    public async Task The_pdf_is_printed_by_the_browser_on_request()
    {
        using var preview = new PreviewProcess(_edition.Root, "--fonts", RepositoryPaths.Fonts, "--date", "2025-11-20", "--language", "nb");
        var url = await preview.UrlAsync();
        using var http = new HttpClient { Timeout = PreviewProcess.HangGuard };

        var response = await http.GetAsync(url + "_preview/nb.pdf");

        Assert.True(response.IsSuccessStatusCode, preview.Output);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var saved = Path.Combine(_edition.Root, "requested.pdf");
        await File.WriteAllBytesAsync(saved, bytes);
        Assert.True(Poppler.PageCount(saved) > 10);
        Assert.True(File.Exists(Path.Combine(_edition.PreviewOutput, "nb", "integrering-i-norge-2025.pdf")));
        Assert.False(Directory.Exists(_edition.RealOutput));
    }

    [Fact]
    public async Task A_port_in_use_is_said_clearly_with_exit_code_3()
    {
        using var first = new PreviewProcess(_edition.Root, "--fonts", RepositoryPaths.Fonts, "--date", "2025-11-20", "--no-pdf");
        await first.UrlAsync();

        var second = ProcessRunner.AnnualReport(["preview", "--port", first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-pdf"], _edition.Root);

        Assert.Equal(3, second.ExitCode);
        Assert.Contains($"port {first.Port}", second.Stderr);
    }

    public void Dispose() => _edition.Dispose();

    private static async Task WaitForText(IPage page, string text) =>
        await page.WaitForFunctionAsync("t => document.body && document.body.innerText.includes(t)", text, new() { Timeout = (float)PreviewProcess.HangGuard.TotalMilliseconds, PollingInterval = 100 });

    // The reload script ran (its nonce let it past the page's policy) and listens to the server.
    private static async Task WaitForEventStream(IPage page) =>
        await page.WaitForFunctionAsync("() => window.annualReportPreview === 'listening'", null, new() { Timeout = (float)PreviewProcess.HangGuard.TotalMilliseconds, PollingInterval = 100 });
}

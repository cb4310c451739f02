using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>The real browser, given a document that never finishes loading: the step is bounded, tried again once, and reported as a machine problem.</summary>
[Trait("Tier", "Full")]
public sealed class PdfPrinterFaultTests
{
    [Fact]
    public async Task A_document_that_never_loads_times_out_twice_and_is_a_machine_problem()
    {
        using var temp = new TempDirectory();
        var html = temp.File("busy.html", "<!doctype html><title>busy</title><p>x</p><script>for (;;) {}</script>");
        await using var printer = await PdfPrinter.LaunchAsync(BrowserLocator.Locate(null), new PrintSettings(TimeSpan.FromSeconds(2)));

        var error = await Assert.ThrowsAsync<PrintTimeoutException>(() => printer.PrintAsync(html, Path.Combine(temp.Path, "busy.pdf")));

        Assert.IsAssignableFrom<EnvironmentException>(error);
        Assert.Contains("--print-timeout", error.Message);
        Assert.False(File.Exists(Path.Combine(temp.Path, "busy.pdf")));
    }

    [Fact]
    public async Task Cancelling_stops_printing_and_the_browser_still_closes()
    {
        using var temp = new TempDirectory();
        var html = temp.File("busy.html", "<!doctype html><title>busy</title><p>x</p><script>for (;;) {}</script>");
        var printer = await PdfPrinter.LaunchAsync(BrowserLocator.Locate(null), new PrintSettings(TimeSpan.FromMinutes(10)));
        using var cancel = new CancellationTokenSource();

        var printing = printer.PrintAsync(html, Path.Combine(temp.Path, "busy.pdf"), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);
        await printer.DisposeAsync();
        await printer.DisposeAsync();
    }
}

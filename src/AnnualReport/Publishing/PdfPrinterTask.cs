namespace AnnualReport.Publishing;

/// <summary>Closing a browser that was started in the background, whatever became of the start.</summary>
public static class PdfPrinterTask
{
    /// <summary>
    /// Closes the browser if it started. A start that failed or was cancelled is observed and
    /// ignored here: the error that ended the build is already on its way out and must not be
    /// masked by a second one from the clean-up.
    /// </summary>
    public static async Task CloseAsync(Task<PdfPrinter>? printer)
    {
        if (printer is null)
        {
            return;
        }

        try
        {
            await (await printer).DisposeAsync();
        }
        catch (Exception) when (printer.IsFaulted || printer.IsCanceled)
        {
            // Reported by whoever awaited the start; if nobody did, the build failed before printing.
        }
    }
}

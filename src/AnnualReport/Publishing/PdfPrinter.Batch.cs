namespace AnnualReport.Publishing;

/// <summary>Printing many small documents (the fact sheets) with a few reused pages.</summary>
public sealed partial class PdfPrinter
{
    /// <summary>
    /// Prints many small documents (fact sheets) with <paramref name="parallel"/> pages, each
    /// reused from document to document: a new page per document costs more than printing it.
    /// A document that times out is printed again in a fresh page. Returns how many were printed.
    /// </summary>
    /// <param name="phrases">The documents' language: the words of their link descriptions.</param>
    public async Task<int> PrintManyAsync(IReadOnlyList<(string Html, string Pdf)> jobs, int parallel, Localization.PhraseBook phrases, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<(string Html, string Pdf)>(jobs);
        var done = 0;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        async Task Worker()
        {
            PrintDocument? document = null;
            try
            {
                while (!failed.IsCancellationRequested && queue.TryDequeue(out var job))
                {
                    for (var attempt = 0; ; attempt++)
                    {
                        document ??= await NewDocumentAsync(failed.Token);
                        try
                        {
                            await document.LoadAsync(job.Html, failed.Token);
                            await document.PrintAsync(job.Pdf, failed.Token);
                            PdfAccessibility.Apply(job.Pdf, phrases);
                            break;
                        }
                        catch (PrintTimeoutException) when (attempt < Settings.Retries)
                        {
                            await document.DisposeAsync();
                            document = null;
                        }
                    }

                    // Counted outside the ?. call: with no progress, ?. would skip the count too.
                    var count = Interlocked.Increment(ref done);
                    progress?.Report((count, jobs.Count));
                }
            }
            catch
            {
                // One worker's failure stops the others: the build fails as a whole anyway.
                await failed.CancelAsync();
                throw;
            }
            finally
            {
                if (document is not null)
                {
                    await document.DisposeAsync();
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, parallel)).Select(_ => Worker()).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The first real error, not the cancellations it caused in the other workers.
            throw workers.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) ?? throw new InvalidOperationException("printing stopped without an error");
        }

        return done;
    }
}

using System.Diagnostics;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Preview;
using AnnualReport.Publishing;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// The preview's state between requests: the last build (pages or diagnostics), its number, which
/// the pages' script compares with the server's events, and the PDFs printed for it. Builds and
/// printing take turns; a page is served from the build that is finished.
/// </summary>
internal sealed class PreviewSession(PreviewBuilder builder, TextWriter terminal) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, string> _pdfs = new(StringComparer.Ordinal);
    private readonly List<System.Threading.Channels.Channel<long>> _listeners = [];
    private IReadOnlyList<Diagnostic> _warnings = [];

    /// <summary>The last build; null before the first.</summary>
    public PreviewBuild? Current { get; private set; }

    /// <summary>The number of the last build, announced to every open page.</summary>
    public long Number { get; private set; }

    /// <summary>The folder of the last build that succeeded (it stays while later builds fail).</summary>
    public string? Folder { get; private set; }

    public bool Pdf => builder.Options.Pdf;

    /// <summary>Why the last build could not be written, when the machine stopped it (not the input).</summary>
    public string? Fault { get; private set; }

    /// <summary>Builds, tells the terminal what happened and every open page that a new build is there.</summary>
    public async Task RebuildAsync(IReadOnlyCollection<(string Path, FileChange Kind)> changes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            PreviewBuild build;
            Fault = null;
            try
            {
                build = await builder.BuildAsync(cancellationToken);
            }
            catch (EnvironmentException e)
            {
                // A full disk or a missing font is the machine's problem; the preview waits for the next save.
                Fault = e.Message;
                build = new PreviewBuild(null, [], []);
            }

            Current = build;
            Number++;
            _pdfs.Clear();
            if (build.Succeeded)
            {
                Folder = build.Folder;
            }

            Report(changes, build, clock.Elapsed);
        }
        finally
        {
            _gate.Release();
        }

        Announce();
    }

    /// <summary>Runs <paramref name="action"/> while no build is running (a build replaces the folder being read).</summary>
    public async Task<T> WhileIdleAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The PDF of a language of the current build, printed on the first request after each build; call it inside <see cref="WhileIdleAsync"/>.</summary>
    public async Task<string> PdfAsync(PreviewLanguage language, CancellationToken cancellationToken)
    {
        if (_pdfs.TryGetValue(language.Code, out var printed) && File.Exists(printed))
        {
            return printed;
        }

        terminal.WriteLine(Messages.Format("preview.printing", ("language", language.Code)));
        var clock = Stopwatch.StartNew();
        await using var printer = await PdfPrinter.LaunchAsync(BrowserLocator.Locate(builder.Options.BrowserPath), builder.Options.Print, cancellationToken);
        var pdf = await PreviewBuilder.PrintAsync(printer, language, cancellationToken);
        _pdfs[language.Code] = pdf;
        terminal.WriteLine(Messages.Format("preview.printed", ("file", SafeText.Printable(pdf)), ("ms", (long)clock.Elapsed.TotalMilliseconds)));
        return pdf;
    }

    /// <summary>A stream of build numbers for one open page, until it closes.</summary>
    public System.Threading.Channels.ChannelReader<long> Listen()
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<long>();
        lock (_listeners)
        {
            _listeners.Add(channel);
        }

        channel.Writer.TryWrite(Number);
        return channel.Reader;
    }

    public void Forget(System.Threading.Channels.ChannelReader<long> reader)
    {
        lock (_listeners)
        {
            _listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Dispose()
    {
        lock (_listeners)
        {
            foreach (var channel in _listeners)
            {
                channel.Writer.TryComplete();
            }

            _listeners.Clear();
        }

        _gate.Dispose();
    }

    private void Announce()
    {
        lock (_listeners)
        {
            foreach (var channel in _listeners)
            {
                channel.Writer.TryWrite(Number);
            }
        }
    }

    // Editors and tools save through temporary files that are gone by now: the files that remain are the ones to name.
    private static IEnumerable<string> Named(IReadOnlyCollection<(string Path, FileChange Kind)> changes)
    {
        var remaining = changes.Select(c => c.Path).Where(File.Exists).ToList();
        return remaining.Count > 0 ? remaining : changes.Select(c => c.Path);
    }

    private void Report(IReadOnlyCollection<(string Path, FileChange Kind)> changes, PreviewBuild build, TimeSpan took)
    {
        var what = changes.Count == 0
            ? Messages.Format("preview.first-build")
            : Messages.Format("preview.changed", ("files", string.Join(", ", Named(changes).Select(c => SafeText.Printable(Path.GetFileName(c))).Distinct().Take(5))));
        if (build.Succeeded)
        {
            var reused = build.FiguresReused ? Messages.Format("preview.figures-reused") : Messages.Format("preview.figures-read");
            terminal.WriteLine(Messages.Format("preview.rebuilt", ("what", what), ("ms", (long)took.TotalMilliseconds), ("reused", reused)));
            // The warnings once, and again only when they change: a screen of the same warnings after every save hides what is new.
            var warnings = build.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
            if (!warnings.SequenceEqual(_warnings))
            {
                foreach (var warning in warnings)
                {
                    terminal.WriteLine(warning);
                }
            }

            _warnings = warnings;

            return;
        }

        if (Fault is not null)
        {
            terminal.WriteLine(Messages.Format("run.fault", ("message", SafeText.Printable(Fault))));
            return;
        }

        foreach (var diagnostic in build.Diagnostics)
        {
            terminal.WriteLine(diagnostic);
        }

        terminal.WriteLine(Messages.Format("preview.failed", ("what", what), ("found", Messages.Format("count.errors", ("n", build.Diagnostics.Count(d => d.Severity == Severity.Error))))));
    }
}

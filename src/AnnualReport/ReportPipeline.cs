using AnnualReport.Analysis;
using AnnualReport.Charts;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Rendering;
using AnnualReport.Validation;

namespace AnnualReport;

/// <summary>
/// The whole build, stage by stage: load → validate → analyse → check the curated text against
/// the figures → guard the output → chart → render → publish. Input problems surface as <see cref="InputException"/>, a missing, hung or
/// crashed browser, a full or read-only disk as <see cref="EnvironmentException"/>, cancellation as
/// <see cref="OperationCanceledException"/>; in every case the previous output is left untouched
/// and nothing half-written stays behind.
/// </summary>
public static class ReportPipeline
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // Load: catalogue, figures and curated text as written.
        progress?.Report(Messages.Format("progress.read"));
        var edition = EditionLoader.Read(options);

        // Validate: catalogue and figures together. The stages go on with what could be read, so
        // that one run reports every problem, the curated text's included; errors stop the build below.
        var diagnostics = EditionLoader.Check(edition, options.Draft).ToList();
        if (edition.Catalogue is not { } catalogue)
        {
            throw new InputException(diagnostics);
        }

        // Analyse: disclosure control, changes, trends, gaps, goals, theme summaries, standardisation.
        progress?.Report(Messages.Format("progress.analyse"));
        var analysis = EditionAnalysis.Run(catalogue, edition.Data);

        // The curated text with its live numbers, checked against the figures.
        var formats = new Localization.Formats(Localization.PhraseBook.Load(options.Templates, catalogue.Edition.Language, catalogue.Edition.Culture));
        var text = CuratedTextRenderer.Render(edition.Text, catalogue, analysis, formats, diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        // Guard: the target may only be a folder this program wrote, or an empty one.
        var target = options.Output(catalogue.Edition.Year);
        OutputGuard.Check(target, options.Inputs(catalogue.Edition.Year));

        // The browser starts while the rest is drawn and written; a build that cannot print
        // fails here, before anything is written.
        var printer = options.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(options.BrowserPath), options.Print, cancellationToken) : null;
        try
        {
            progress?.Report(Messages.Format("progress.render"));
            var charts = ChartBuilder.Build(catalogue, analysis.Indicators, formats);
            var stamp = SiteWriter.Stamp(options, catalogue.Edition.Year);
            var site = new HtmlRenderer(new TemplateEngine(options.Templates, formats.Phrases)).Render(catalogue, analysis, charts, text, stamp);
            cancellationToken.ThrowIfCancellationRequested();

            return await MachineFault.GuardAsync(target, () => PublishAsync(options, catalogue, analysis, site, stamp, formats, target, printer, warnings, progress, cancellationToken));
        }
        finally
        {
            await PdfPrinterTask.CloseAsync(printer);
        }
    }

    // Publish: pages, analysis.json, downloads and the PDF into a staging folder, moved into place at the end.
    private static async Task<BuildResult> PublishAsync(BuildOptions options, IndicatorCatalogue catalogue, EditionAnalysis analysis, RenderedSite site, BuildStamp stamp, Formats formats, string target, Task<PdfPrinter>? printer, IReadOnlyList<Diagnostic> warnings, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(Messages.Format("progress.write"));
        using var staging = new StagingFolder(target);
        await SiteWriter.WriteAsync(staging.Path, site.Pages, options, formats.Phrases, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(staging.Path, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis, formats.Phrases), cancellationToken);

        // The spreadsheet is written while the browser prints: they share nothing.
        var downloads = Task.Run(() => Downloads.WriteAsync(staging.Path, catalogue, analysis, stamp, formats), cancellationToken);
        try
        {
            if (printer is not null)
            {
                progress?.Report(Messages.Format("progress.print"));
                await PublicationPrinter.PrintAsync(await printer, site, staging.Path, Path.Combine(staging.Path, catalogue.Edition.PdfFileName), catalogue, stamp, formats, cancellationToken);
            }
        }
        finally
        {
            // Never leave the spreadsheet writing into a folder that is being removed.
            await Task.WhenAny(downloads);
        }

        await downloads;
        cancellationToken.ThrowIfCancellationRequested();
        staging.Commit();
        var pdf = printer is null ? null : Path.Combine(staging.Target, catalogue.Edition.PdfFileName);
        return new BuildResult(staging.Target, site.Pages.Select(p => p.FileName).ToList(), pdf, warnings);
    }
}

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
/// the figures → guard the output → chart → render → publish, once per language of the edition
/// (or the one given), each language into its own folder of one output folder. Input problems surface as <see cref="InputException"/>, a missing, hung or
/// crashed browser, a full or read-only disk as <see cref="EnvironmentException"/>, cancellation as
/// <see cref="OperationCanceledException"/>; in every case the previous output is left untouched
/// and nothing half-written stays behind.
/// </summary>
public static class ReportPipeline
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // Every language is loaded, validated and analysed before anything is written, so one run
        // reports the problems of all of them and a language with errors stops the whole build.
        var first = Prepare(options, progress);
        var languages = first.Catalogue is { } main && options.Language is null ? main.Edition.Languages.Select(l => l.Code).ToList() : [options.Language ?? string.Empty];
        var builds = languages.Skip(1).Select(code => Prepare(options with { Language = code }, progress)).Prepend(first).ToList();

        // A problem every language shares (a data file, a key) is the same diagnostic each time: listed once.
        var diagnostics = builds.SelectMany(b => b.Diagnostics).Distinct().ToList();
        if (builds.Any(b => b.Catalogue is null) || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        // Guard: the target may only be a folder this program wrote, or an empty one.
        var edition = builds[0].Catalogue!.Edition;
        var target = options.Output(edition.Year);
        OutputGuard.Check(target, options.Inputs);

        // The browser starts while the rest is drawn and written; a build that cannot print
        // fails here, before anything is written.
        var printer = options.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(options.BrowserPath), options.Print, cancellationToken) : null;
        try
        {
            progress?.Report(Messages.Format("progress.render"));
            var stamp = SiteWriter.Stamp(options, edition.Year);
            var sites = builds.Select(b => b with { Site = new HtmlRenderer(new TemplateEngine(options.Templates, b.Formats!.Phrases)).Render(b.Catalogue!, b.Analysis!, ChartBuilder.Build(b.Catalogue!, b.Analysis!.Indicators, b.Formats), b.Text!, stamp, b.Diagnostics.Count(d => d.Code == "missing-translation")) }).ToList();
            cancellationToken.ThrowIfCancellationRequested();

            return await MachineFault.GuardAsync(target, async () =>
            {
                using var staging = new StagingFolder(target);
                var outputs = new List<LanguageOutput>();
                foreach (var site in sites)
                {
                    outputs.Add(await PublishAsync(options, site, stamp, staging, printer, progress, cancellationToken));
                }

                // One language built: the others of the existing output stay as they were.
                var kept = LanguageFolders.CarryOver(target, staging.Path, edition.Languages.Select(l => l.Code).Except(languages));
                var names = new LanguageVersions(options.Templates, edition);
                await LanguageIndex.WriteAsync(staging.Path, MainTitle(options, builds), edition.Languages.Select(l => l.Code).Where(c => languages.Contains(c) || kept.Contains(c)).Select(c => (c, names.Name(c))).ToList(), cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                staging.Commit();
                return new BuildResult(staging.Target, outputs, warnings);
            });
        }
        finally
        {
            await PdfPrinterTask.CloseAsync(printer);
        }
    }

    /// <summary>One language's build before anything is written: what was read, computed and rendered.</summary>
    private sealed record LanguageBuild(IndicatorCatalogue? Catalogue, EditionAnalysis? Analysis, RenderedText? Text, Formats? Formats, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public RenderedSite? Site { get; init; }
    }

    private static LanguageBuild Prepare(BuildOptions options, IProgress<string>? progress)
    {
        // Load: catalogue, figures and curated text as written, in this language.
        progress?.Report(EditionLoader.ReadStep(options.Language));
        var edition = EditionLoader.Read(options);

        // Validate: catalogue and figures together. The stages go on with what could be read, so
        // that one run reports every problem, the curated text's included; errors stop the build.
        var diagnostics = EditionLoader.Check(edition, options.Draft).ToList();
        if (edition.Catalogue is not { } catalogue)
        {
            return new LanguageBuild(null, null, null, null, diagnostics);
        }

        // Analyse: disclosure control, changes, trends, gaps, goals, theme summaries, standardisation.
        progress?.Report(Messages.Format("progress.analyse"));
        var analysis = EditionAnalysis.Run(catalogue, edition.Data);

        // The curated text with its live numbers, checked against the figures.
        // The phrase book of the language words the pages, charts, downloads and the PDF.
        PhraseBook phrases;
        try
        {
            phrases = PhraseBook.Load(options.Templates, catalogue.Edition.Language, catalogue.Edition.Culture);
        }
        catch (InputException e)
        {
            return new LanguageBuild(null, null, null, null, [.. diagnostics, .. e.Diagnostics]);
        }

        var formats = new Formats(phrases);
        var text = CuratedTextRenderer.Render(edition.Text, catalogue, analysis, formats, options.Draft, diagnostics);
        return new LanguageBuild(catalogue, analysis, text, formats, diagnostics);
    }

    // The root page is titled in the main language, which --language may not have loaded.
    private static string MainTitle(BuildOptions options, IReadOnlyList<LanguageBuild> builds)
    {
        var edition = builds[0].Catalogue!.Edition;
        return edition.Language == edition.MainLanguage
            ? edition.Title
            : Catalogue.CatalogueLoader.Load(options.Catalogue, [], options.DisplayCatalogue, draft: true)?.Edition.Title ?? edition.Title;
    }

    // Publish: pages, analysis.json, downloads and the PDF into the language's folder of the staging folder.
    private static async Task<LanguageOutput> PublishAsync(BuildOptions options, LanguageBuild build, BuildStamp stamp, StagingFolder staging, Task<PdfPrinter>? printer, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (catalogue, analysis, site, formats) = (build.Catalogue!, build.Analysis!, build.Site!, build.Formats!);
        progress?.Report(Messages.Format("progress.write"));
        var folder = Path.Combine(staging.Path, catalogue.Edition.Language);
        Directory.CreateDirectory(folder);
        await SiteWriter.WriteAsync(folder, site.Pages, options, formats.Phrases, cancellationToken);
        await ChartFiles.WriteAsync(folder, site.Charts, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis, formats.Phrases), cancellationToken);

        // The spreadsheet is written while the browser prints: they share nothing.
        var downloads = Task.Run(() => Downloads.WriteAsync(folder, catalogue, analysis, stamp, formats), cancellationToken);
        try
        {
            if (printer is not null)
            {
                progress?.Report(Messages.Format("progress.print"));
                await PublicationPrinter.PrintAsync(await printer, site, folder, Path.Combine(folder, catalogue.Edition.PdfFileName), catalogue, stamp, formats, cancellationToken);
            }
        }
        finally
        {
            // Never leave the spreadsheet writing into a folder that is being removed.
            await Task.WhenAny(downloads);
        }

        await downloads;
        cancellationToken.ThrowIfCancellationRequested();
        var final = Path.Combine(staging.Target, catalogue.Edition.Language);
        var pdf = printer is null ? null : Path.Combine(final, catalogue.Edition.PdfFileName);
        var pdfPages = printer is null ? 0 : PdfPageCount(Path.Combine(folder, catalogue.Edition.PdfFileName));
        return new LanguageOutput(catalogue.Edition.Language, final, site.Pages.Select(p => p.FileName).ToList(), pdf) { PdfPages = pdfPages };
    }

    /// <summary>How many pages a finished PDF has, for the completion message.</summary>
    private static int PdfPageCount(string path)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(path, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}

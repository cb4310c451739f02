using AnnualReport.Analysis;
using AnnualReport.Charts;
using AnnualReport.Drafts;
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
        // Changes are marked, and drafts numbered, in drafts only: a final build carries no marks.
        if (!options.Draft && (options.Since is not null || options.DraftLabel is not null))
        {
            throw new InputException(Diagnostic.Error("bad-option", Messages.Format("build.since-needs-draft"), SourceSpan.ForFile(options.Since is not null ? "--since" : "--draft-label")));
        }

        // A draft's number is a short word of letters, digits and dots ("3", "3b", "2.1"), as printed in its stamp.
        if (options.DraftLabel is { } label && (label.Length is 0 or > 20 || !label.All(c => char.IsLetterOrDigit(c) || c is '.' or '-')))
        {
            throw new InputException(Diagnostic.Error("bad-option", Messages.Format("build.bad-draft-label", ("label", SafeText.Excerpt(label, 30))), SourceSpan.ForFile("--draft-label")));
        }

        // The earlier build a draft is marked against, read first (a wrong folder fails at once) and
        // before anything is written: it may be the very output this build replaces.
        var since = options.Since is { } sincePath ? SinceBuild.Read(options.Resolve(sincePath)) : null;

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

        warnings.AddRange(since?.Missing(languages) ?? []);

        // The browser starts while the rest is drawn and written; a build that cannot print
        // fails here, before anything is written.
        var printer = options.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(options.BrowserPath), options.Print, cancellationToken) : null;
        try
        {
            progress?.Report(Messages.Format("progress.render"));
            var stamp = SiteWriter.Stamp(options, edition.Year) with
            {
                Label = options.Draft ? options.DraftLabel ?? since?.NextLabel(edition.Year) : null,
                Since = since?.Fingerprint,
            };
            var sites = builds.Select(b => b with { Site = Render(b, stamp, since, options) }).ToList();
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

    // Render: the pages of one language, marked against the earlier build's when there is one.
    private static RenderedSite Render(LanguageBuild build, BuildStamp stamp, SinceBuild? since, BuildOptions options)
    {
        var engine = new TemplateEngine(options.Templates, build.Formats!.Phrases);
        var oldFolder = since?.Folder(build.Catalogue!.Edition.Language);
        var site = new HtmlRenderer(engine).Render(build.Catalogue!, build.Analysis!, ChartBuilder.Build(build.Catalogue!, build.Analysis!.Indicators, build.Formats), build.Text!, stamp, build.Diagnostics.Count(d => d.Code == "missing-translation"), changes: oldFolder is not null);
        return oldFolder is null ? site : DraftChanges.Apply(site, oldFolder, since!, stamp.Label ?? string.Empty, engine);
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
        CoverImages.Copy(catalogue.Edition, folder);
        await ChartFiles.WriteAsync(folder, site.Charts, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis, formats.Phrases, stamp, build.Text!.Findings), cancellationToken);

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

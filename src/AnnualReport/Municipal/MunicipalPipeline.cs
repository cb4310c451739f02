using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Rendering;
using AnnualReport.Validation;

namespace AnnualReport.Municipal;

/// <summary>
/// The municipality products in one run, through the same first stages as the publication: load
/// (with the municipal figures) → validate (the same validator as <c>validate</c>) → analyse
/// (disclosure control per county, significance, fact sheets) → render → guard the output →
/// publish (pages and spreadsheet, then a PDF per fact sheet, printed by one browser several pages
/// at a time). Written to <c>output/&lt;year&gt;-kommuner/</c> through a staging folder like the publication.
/// </summary>
public static class MunicipalPipeline
{
    /// <param name="progress">Fact sheets printed so far, of how many.</param>
    /// <param name="steps">Each stage as it starts (reading, analysing, rendering, writing).</param>
    public static async Task<MunicipalResult> BuildAsync(MunicipalOptions options, IProgress<(int Done, int Total)>? progress = null, IProgress<string>? steps = null, CancellationToken cancellationToken = default)
    {
        var build = options.Build;

        // Every language is loaded, validated and analysed before anything is written.
        var first = Prepare(options, build, steps);
        var languages = first.Catalogue is { } main && build.Language is null ? main.Edition.Languages.Select(l => l.Code).ToList() : [build.Language ?? string.Empty];
        var builds = languages.Skip(1).Select(code => Prepare(options, build with { Language = code }, steps)).Prepend(first).ToList();
        var diagnostics = builds.SelectMany(b => b.Diagnostics).Distinct().ToList();
        if (builds.Any(b => b.Catalogue is null) || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        steps?.Report(Messages.Format("progress.render-fact-sheets", ("n", first.Sheets.Count * languages.Count)));
        var stamp = SiteWriter.Stamp(build, first.Catalogue!.Edition.Year);
        var rendered = builds.Select(b => (Build: b, Pages: new MunicipalRenderer(build.Templates, b.Phrases!).Render(b.Catalogue!, b.Analysis!, b.Sheets, stamp, b.Diagnostics.Count(d => d.Code == "missing-translation")))).ToList();

        cancellationToken.ThrowIfCancellationRequested();
        var edition = first.Catalogue.Edition;
        var target = build.MunicipalOutput(edition.Year);
        OutputGuard.Check(target, build.Inputs);
        var printer = build.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(build.BrowserPath), build.Print, cancellationToken) : null;
        try
        {
            return await MachineFault.GuardAsync(target, async () =>
            {
                using var staging = new StagingFolder(target);
                steps?.Report(Messages.Format("progress.write"));
                var spreadsheets = new List<Task>();
                var jobs = new List<(PhraseBook Phrases, List<(string Html, string Pdf)> Sheets)>();
                foreach (var (language, pages) in rendered)
                {
                    var (catalogue, analysis, phrases) = (language.Catalogue!, language.Analysis!, language.Phrases!);
                    var folder = Path.Combine(staging.Path, catalogue.Edition.Language);
                    Directory.CreateDirectory(folder);
                    await SiteWriter.WriteAsync(folder, pages, build, phrases, cancellationToken);
                    spreadsheets.Add(Task.Run(() => SpreadsheetExporter.Write(Path.Combine(folder, MunicipalTable.FileName(phrases)), [MunicipalTable.Sheet(catalogue, analysis, phrases), SpreadsheetExporter.Symbols(stamp, new Formats(phrases), MunicipalTable.UsedFlags(analysis))]), cancellationToken));
                    jobs.Add((phrases, [.. language.Sheets.Select(s => (Path.Combine(folder, $"{s.Municipality.Code}.html"), Path.Combine(folder, $"{s.Municipality.Code}.pdf")))]));
                }

                var pdfs = 0;
                try
                {
                    if (printer is not null)
                    {
                        // One language at a time: each prints its link descriptions in its own words.
                        var total = jobs.Sum(j => j.Sheets.Count);
                        foreach (var (phrases, sheets) in jobs)
                        {
                            var before = pdfs;
                            var counted = progress is null ? null : new CountedFrom(progress, before, total);
                            pdfs += await (await printer).PrintManyAsync(sheets, options.Parallel, phrases, counted, cancellationToken);
                        }
                    }
                }
                finally
                {
                    // Never leave a spreadsheet writing into a folder that is being removed.
                    await Task.WhenAny(Task.WhenAll(spreadsheets));
                }

                await Task.WhenAll(spreadsheets);
                var kept = LanguageFolders.CarryOver(target, staging.Path, edition.Languages.Select(l => l.Code).Except(languages));
                var title = builds.Select(b => b.Catalogue!).FirstOrDefault(c => c.Edition.Language == c.Edition.MainLanguage)?.Municipalities!.Title
                    ?? Catalogue.CatalogueLoader.Load(build.Catalogue, [], build.DisplayCatalogue, draft: true)?.Municipalities?.Title ?? edition.Title;
                var names = new LanguageVersions(build.Templates, edition);
                await LanguageIndex.WriteAsync(staging.Path, title, edition.Languages.Select(l => l.Code).Where(c => languages.Contains(c) || kept.Contains(c)).Select(c => (c, names.Name(c))).ToList(), cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                staging.Commit();
                var outputs = rendered.Select(r => new LanguageOutput(r.Build.Catalogue!.Edition.Language, Path.Combine(staging.Target, r.Build.Catalogue!.Edition.Language), r.Pages.Select(p => p.FileName).ToList(), null)).ToList();
                return new MunicipalResult(staging.Target, jobs.Sum(j => j.Sheets.Count), pdfs, diagnostics) { Languages = outputs };
            });
        }
        finally
        {
            await PdfPrinterTask.CloseAsync(printer);
        }
    }

    /// <summary>One language's municipal products before anything is written.</summary>
    private sealed record LanguageBuild(IndicatorCatalogue? Catalogue, MunicipalAnalysis? Analysis, IReadOnlyList<FactSheet> Sheets, PhraseBook? Phrases, IReadOnlyList<Diagnostic> Diagnostics);

    private static LanguageBuild Prepare(MunicipalOptions options, BuildOptions build, IProgress<string>? steps)
    {
        // Load and validate, as `validate` does: every problem of the edition in one run.
        steps?.Report(EditionLoader.ReadStep(build.Language));
        var edition = EditionLoader.Read(build, municipalities: true);
        var diagnostics = EditionLoader.Check(edition, build.Draft).ToList();
        if (edition.Catalogue is { Municipalities: null })
        {
            diagnostics.Add(Diagnostic.Error("missing-field", Messages.Format("municipal.no-section"), SourceSpan.ForFile(build.DisplayCatalogue)));
        }

        if (edition.Municipal is { } loaded && options.Only.Where(code => loaded.Geography.Find(code) is null).ToList() is { Count: > 0 } unknown)
        {
            diagnostics.Add(Diagnostic.Error("unknown-region", Messages.Format("municipal.unknown-only", ("codes", SafeText.Excerpt(string.Join(", ", unknown)))), SourceSpan.ForFile("--only")));
        }

        if (edition.Catalogue is null || edition.Municipal is null || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new LanguageBuild(null, null, [], null, diagnostics);
        }

        var (catalogue, data) = (edition.Catalogue, edition.Municipal);

        // Analyse: disclosure control per county, intervals, significance, the fact sheets.
        steps?.Report(Messages.Format("progress.analyse-municipalities"));
        var analysis = MunicipalAnalysis.Run(catalogue, data);
        var municipalities = options.Only.Count == 0 ? data.Geography.Municipalities : options.Only.Select(code => data.Geography.Find(code)!).ToList();
        PhraseBook phrases;
        try
        {
            phrases = PhraseBook.Load(build.Templates, catalogue.Edition.Language, catalogue.Edition.Culture);
        }
        catch (InputException e)
        {
            return new LanguageBuild(null, null, [], null, [.. diagnostics, .. e.Diagnostics]);
        }

        return new LanguageBuild(catalogue, analysis, municipalities.Select(analysis.FactSheet).ToList(), phrases, diagnostics);
    }

    /// <summary>One language's printing counted on from the languages before it, passed on at once (in order).</summary>
    private sealed class CountedFrom(IProgress<(int Done, int Total)> overall, int before, int total) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => overall.Report((before + value.Done, total));
    }
}

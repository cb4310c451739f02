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
    public static async Task<MunicipalResult> BuildAsync(MunicipalOptions options, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var build = options.Build;

        // Load and validate, as `validate` does: every problem of the edition in one run.
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
            throw new InputException(diagnostics);
        }

        var (catalogue, data) = (edition.Catalogue, edition.Municipal);

        // Analyse: disclosure control per county, intervals, significance, the fact sheets.
        var analysis = MunicipalAnalysis.Run(catalogue, data);
        var municipalities = options.Only.Count == 0 ? data.Geography.Municipalities : options.Only.Select(code => data.Geography.Find(code)!).ToList();
        var sheets = municipalities.Select(analysis.FactSheet).ToList();
        var stamp = SiteWriter.Stamp(build, catalogue.Edition.Year);
        var phrases = PhraseBook.Load(build.Templates, catalogue.Edition.Language, catalogue.Edition.Culture);
        var pages = new MunicipalRenderer(build.Templates, phrases).Render(catalogue, analysis, sheets, stamp);

        cancellationToken.ThrowIfCancellationRequested();
        var target = build.MunicipalOutput(catalogue.Edition.Year);
        OutputGuard.Check(target, build.Inputs(catalogue.Edition.Year));
        var printer = build.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(build.BrowserPath), build.Print, cancellationToken) : null;
        try
        {
            return await MachineFault.GuardAsync(target, async () =>
            {
                using var staging = new StagingFolder(target);
                await SiteWriter.WriteAsync(staging.Path, pages, build, phrases, cancellationToken);
                var spreadsheet = Task.Run(() => SpreadsheetExporter.Write(Path.Combine(staging.Path, MunicipalTable.FileName(phrases)), [MunicipalTable.Sheet(catalogue, analysis, phrases), SpreadsheetExporter.Symbols(stamp, new Formats(phrases))]), cancellationToken);
                var pdfs = 0;
                try
                {
                    if (printer is not null)
                    {
                        var jobs = sheets.Select(s => (Path.Combine(staging.Path, $"{s.Municipality.Code}.html"), Path.Combine(staging.Path, $"{s.Municipality.Code}.pdf"))).ToList();
                        pdfs = await (await printer).PrintManyAsync(jobs, options.Parallel, phrases, progress, cancellationToken);
                    }
                }
                finally
                {
                    // Never leave the spreadsheet writing into a folder that is being removed.
                    await Task.WhenAny(spreadsheet);
                }

                await spreadsheet;
                cancellationToken.ThrowIfCancellationRequested();
                staging.Commit();
                return new MunicipalResult(staging.Target, sheets.Count, pdfs, diagnostics);
            });
        }
        finally
        {
            await PdfPrinterTask.CloseAsync(printer);
        }
    }
}

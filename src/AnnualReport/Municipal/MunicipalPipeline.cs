using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Rendering;

namespace AnnualReport.Municipal;

/// <summary>
/// The municipality products in one run: load → disclosure control → fact sheets → pages and
/// spreadsheet → a PDF per fact sheet, printed by one browser several pages at a time. Written to
/// <c>output/&lt;year&gt;-kommuner/</c> through a staging folder like the publication.
/// </summary>
public static class MunicipalPipeline
{
    public const string Spreadsheet = "kommunetall.xlsx";

    public static async Task<MunicipalResult> BuildAsync(MunicipalOptions options, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var build = options.Build;
        var diagnostics = new List<Diagnostic>();
        var catalogue = CatalogueLoader.Load(build.Catalogue, diagnostics, build.DisplayCatalogue);
        if (catalogue?.Municipalities is null)
        {
            diagnostics.Add(Diagnostic.Error("missing-field", "katalogen har ingen «municipalities»-del; se README.md", SourceSpan.ForFile(build.DisplayCatalogue)));
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        var files = build.Files(catalogue!.Edition.Year);
        var data = MunicipalDataLoader.Load(catalogue, files, diagnostics);
        var unknown = options.Only.Where(code => data.Geography.Find(code) is null).ToList();
        if (unknown.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error("unknown-region", $"ukjent kommunenummer {string.Join(", ", unknown)}", SourceSpan.ForFile("--only")));
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        var analysis = MunicipalAnalysis.Run(catalogue, data);
        var municipalities = options.Only.Count == 0 ? data.Geography.Municipalities : options.Only.Select(code => data.Geography.Find(code)!).ToList();
        var sheets = municipalities.Select(analysis.FactSheet).ToList();
        var stamp = SiteWriter.Stamp(build, catalogue.Edition.Year);
        var pages = new HtmlRenderer(build.Templates, catalogue).RenderMunicipal(catalogue, analysis, sheets, stamp);

        cancellationToken.ThrowIfCancellationRequested();
        var target = build.MunicipalOutput(catalogue.Edition.Year);
        OutputGuard.Check(target, build.Inputs(catalogue.Edition.Year));
        var printer = build.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(build.BrowserPath), build.Print, cancellationToken) : null;
        try
        {
            return await MachineFault.GuardAsync(target, async () =>
            {
                using var staging = new StagingFolder(target);
                await SiteWriter.WriteAsync(staging.Path, pages, build, cancellationToken);
                var spreadsheet = Task.Run(() => SpreadsheetExporter.Write(Path.Combine(staging.Path, Spreadsheet), [MunicipalTable.Sheet(catalogue, analysis), SpreadsheetExporter.Symbols(stamp)]), cancellationToken);
                var pdfs = 0;
                try
                {
                    if (printer is not null)
                    {
                        var jobs = sheets.Select(s => (Path.Combine(staging.Path, $"{s.Municipality.Code}.html"), Path.Combine(staging.Path, $"{s.Municipality.Code}.pdf"))).ToList();
                        pdfs = await (await printer).PrintManyAsync(jobs, options.Parallel, progress, cancellationToken);
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

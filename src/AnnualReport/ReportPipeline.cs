using AnnualReport.Analysis;
using AnnualReport.Charts;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Rendering;
using AnnualReport.Validation;

namespace AnnualReport;

/// <summary>
/// The whole build, stage by stage: load and validate → analyse → chart → render → publish.
/// Input problems surface as <see cref="InputException"/>, a missing browser or font as
/// <see cref="EnvironmentException"/>; in both cases the previous output is left untouched.
/// </summary>
public static class ReportPipeline
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, IProgress<string>? progress = null)
    {
        progress?.Report("Leser katalog og tall");
        var report = EditionLoader.Load(options);
        if (report.HasErrors)
        {
            throw new InputException(report.Diagnostics);
        }

        var (catalogue, analysis) = (report.Catalogue!, report.Analysis!);

        // The browser starts while the rest is drawn and written; a build that cannot print
        // fails here, before anything is written.
        var printer = options.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(options.BrowserPath)) : null;
        try
        {
            progress?.Report("Tegner og setter sammen");
            var charts = ChartBuilder.Build(catalogue, analysis.Indicators);
            var stamp = SiteWriter.Stamp(options, catalogue.Edition.Year);
            var site = new HtmlRenderer(options.Templates, catalogue).Render(catalogue, analysis, charts, report.Text, stamp);

            progress?.Report("Skriver nettsidene og nedlastingene");
            using var staging = new StagingFolder(options.Output(catalogue.Edition.Year));
            await SiteWriter.WriteAsync(staging.Path, site.Pages, options);
            await File.WriteAllTextAsync(Path.Combine(staging.Path, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis));

            // The spreadsheet is written while the browser prints: they share nothing.
            var downloads = Task.Run(() => Downloads.WriteAsync(staging.Path, catalogue, analysis, stamp));
            if (printer is not null)
            {
                progress?.Report("Skriver ut PDF");
                await PublicationPrinter.PrintAsync(await printer, site, staging.Path, Path.Combine(staging.Path, catalogue.Edition.PdfFileName), catalogue, stamp);
            }

            await downloads;
            staging.Commit();
            var pdf = printer is null ? null : Path.Combine(staging.Target, catalogue.Edition.PdfFileName);
            return new BuildResult(staging.Target, site.Pages.Select(p => p.FileName).ToList(), pdf, report.Warnings);
        }
        finally
        {
            if (printer is not null)
            {
                await (await printer).DisposeAsync();
            }
        }
    }
}

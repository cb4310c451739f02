using AnnualReport.Analysis;
using AnnualReport.Model;
using AnnualReport.Charts;
using AnnualReport.Publishing;
using AnnualReport.Rendering;
using AnnualReport.Validation;

namespace AnnualReport;

/// <summary>
/// The whole build, stage by stage: load → validate → analyse → chart → render → publish.
/// Input problems surface as <see cref="Model.InputException"/>, a missing browser or font as
/// <see cref="Model.EnvironmentException"/>; in both cases the previous output is left untouched.
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

        var (catalogue, analysis, warnings) = (report.Catalogue!, report.Analysis!, report.Warnings);
        progress?.Report("Tegner og setter sammen");
        // The browser starts while the rest is drawn and written; a build that cannot print fails here, before anything is written.
        var printer = options.Pdf ? PdfPrinter.LaunchAsync(BrowserLocator.Locate(options.BrowserPath)) : null;
        try
        {
            var charts = ChartBuilder.Build(catalogue, analysis.Indicators);
            var stamp = new BuildStamp(
                catalogue.Edition.Year,
                options.Date ?? DateOnly.FromDateTime(DateTime.Now),
                InputFingerprint.Of(options.Root, [options.CataloguePath, options.Content(catalogue.Edition.Year), options.Templates]),
                options.Draft);
            var site = new HtmlRenderer(options.Templates, catalogue).Render(catalogue, analysis, charts, report.Text, stamp);

            using var staging = new StagingFolder(options.Output(catalogue.Edition.Year));
            progress?.Report("Skriver nettsidene og nedlastingene");
            foreach (var page in site.Pages)
            {
                await File.WriteAllTextAsync(Path.Combine(staging.Path, page.FileName), page.Html);
            }

            SiteAssets.Copy(options.Templates, options.Fonts, staging.Path);
            await File.WriteAllTextAsync(Path.Combine(staging.Path, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis));

            // The spreadsheet is written while the browser prints: they share nothing.
            var downloads = Task.Run(() => Downloads.WriteAsync(staging.Path, catalogue, analysis, stamp));
            string? pdf = null;
            if (printer is not null)
            {
                progress?.Report("Skriver ut PDF");
                var file = Path.Combine(staging.Path, catalogue.Edition.PdfFileName);
                await PrintWithContentsAsync(await printer, site, staging.Path, file);
                PdfMetadata.Write(file, new Dictionary<string, string>
                {
                    ["Title"] = catalogue.Edition.Title,
                    ["Subject"] = catalogue.Edition.Subtitle,
                    ["Author"] = catalogue.Edition.Publisher,
                    ["Keywords"] = stamp.Text,
                    ["Creator"] = "AnnualReport",
                });
                pdf = Path.Combine(staging.Target, catalogue.Edition.PdfFileName);
            }

            await downloads;
            staging.Commit();
            return new BuildResult(staging.Target, site.Pages.Select(p => p.FileName).ToList(), pdf, warnings);
        }
        finally
        {
            if (printer is not null)
            {
                await (await printer).DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Prints the contents twice from one loaded document: the first printing finds the page of
    /// every heading, then the page numbers are written into the contents, whose lines keep their
    /// size so nothing moves, and it prints again. It checks the result and prints once more only
    /// if something did move. The saved print.html gets the same numbers as the PDF.
    /// </summary>
    private static async Task PrintWithContentsAsync(PdfPrinter printer, RenderedSite site, string folder, string pdf)
    {
        await using var document = await printer.OpenAsync(Path.Combine(folder, HtmlRenderer.PrintPage));
        await document.PrintAsync(pdf);
        var contents = site.Contents;
        for (var pass = 0; pass < 3; pass++)
        {
            var numbered = TableOfContents.Number(contents, PdfStructure.Read(pdf).Outline);
            if (numbered.SequenceEqual(contents))
            {
                break;
            }

            contents = numbered;
            await document.SetTextsAsync(".toc-page", contents.Select(c => c.Page).ToList());
            await document.PrintAsync(pdf);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, HtmlRenderer.PrintPage), site.Print(contents).Html);
    }
}

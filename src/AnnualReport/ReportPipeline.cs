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
        var charts = ChartBuilder.Build(catalogue, analysis.Indicators);
        var stamp = new BuildStamp(
            catalogue.Edition.Year,
            options.Date ?? DateOnly.FromDateTime(DateTime.Now),
            InputFingerprint.Of(options.Root, [options.CataloguePath, options.Content(catalogue.Edition.Year), options.Templates]),
            options.Draft);
        var site = new HtmlRenderer(options.Templates, catalogue).Render(catalogue, analysis, charts, report.Text, stamp);

        // Before anything is written: a build that cannot print should fail now, not half-way.
        var browser = options.Pdf ? BrowserLocator.Locate(options.BrowserPath) : null;

        using var staging = new StagingFolder(options.Output(catalogue.Edition.Year));
        progress?.Report("Skriver nettsidene og nedlastingene");
        foreach (var page in site.Pages)
        {
            await File.WriteAllTextAsync(Path.Combine(staging.Path, page.FileName), page.Html);
        }

        SiteAssets.Copy(options.Templates, options.Fonts, staging.Path);
        await File.WriteAllTextAsync(Path.Combine(staging.Path, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis));
        await Downloads.WriteAsync(staging.Path, catalogue, analysis, stamp);

        string? pdf = null;
        if (browser is not null)
        {
            progress?.Report("Skriver ut PDF");
            pdf = Path.Combine(staging.Path, catalogue.Edition.PdfFileName);
            await PrintWithContentsAsync(browser, site, staging.Path, pdf);
            PdfMetadata.Write(pdf, new Dictionary<string, string>
            {
                ["Title"] = catalogue.Edition.Title,
                ["Subject"] = catalogue.Edition.Subtitle,
                ["Author"] = catalogue.Edition.Publisher,
                ["Keywords"] = stamp.Text,
                ["Creator"] = "AnnualReport",
            });
            pdf = Path.Combine(staging.Target, catalogue.Edition.PdfFileName);
        }

        staging.Commit();
        return new BuildResult(staging.Target, site.Pages.Select(p => p.FileName).ToList(), pdf, warnings);
    }

    /// <summary>
    /// Prints twice with one browser: the first printing finds the page of every heading, the
    /// second writes those numbers into the contents, whose lines keep their size, so nothing moves.
    /// A third printing follows only if the check after the second finds that something did.
    /// </summary>
    private static async Task PrintWithContentsAsync(string browser, RenderedSite site, string folder, string pdf)
    {
        await using var printer = await PdfPrinter.LaunchAsync(browser);
        var printPage = Path.Combine(folder, HtmlRenderer.PrintPage);
        await printer.PrintAsync(printPage, pdf);
        var contents = site.Contents;
        for (var pass = 0; pass < 2; pass++)
        {
            var numbered = TableOfContents.Number(contents, PdfStructure.Read(pdf).Outline);
            if (numbered.SequenceEqual(contents))
            {
                break;
            }

            contents = numbered;
            await File.WriteAllTextAsync(printPage, site.Print(contents).Html);
            await printer.PrintAsync(printPage, pdf);
        }
    }
}

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

        var (catalogue, data, warnings) = (report.Catalogue!, report.Data, report.Warnings);

        progress?.Report("Beregner og tegner");
        var analysis = EditionAnalysis.Run(catalogue, data);
        var charts = ChartBuilder.Build(catalogue, analysis.Indicators);
        var pages = new HtmlRenderer(options.Templates, catalogue).Render(catalogue, analysis, charts);

        // Before anything is written: a build that cannot print should fail now, not half-way.
        var browser = options.Pdf ? BrowserLocator.Locate(options.BrowserPath) : null;

        using var staging = new StagingFolder(options.Output(catalogue.Edition.Year));
        progress?.Report("Skriver nettsidene");
        foreach (var page in pages)
        {
            await File.WriteAllTextAsync(Path.Combine(staging.Path, page.FileName), page.Html);
        }

        SiteAssets.Copy(options.Templates, options.Fonts, staging.Path);
        await File.WriteAllTextAsync(Path.Combine(staging.Path, "analysis.json"), AnalysisJsonWriter.Write(catalogue, analysis));

        string? pdf = null;
        if (browser is not null)
        {
            progress?.Report("Skriver ut PDF");
            await using var printer = await PdfPrinter.LaunchAsync(browser);
            await printer.PrintAsync(Path.Combine(staging.Path, HtmlRenderer.PrintPage), Path.Combine(staging.Path, catalogue.Edition.PdfFileName));
            pdf = Path.Combine(staging.Target, catalogue.Edition.PdfFileName);
        }

        staging.Commit();
        return new BuildResult(staging.Target, pages.Select(p => p.FileName).ToList(), pdf, warnings);
    }
}

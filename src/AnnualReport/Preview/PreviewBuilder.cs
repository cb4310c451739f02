using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Rendering;

namespace AnnualReport.Preview;

/// <summary>
/// The build behind <c>annual-report preview</c>: the same stages as <see cref="ReportPipeline"/>
/// (load → validate → analyse → chart → render → write), but it keeps what it read and computed
/// between builds. The figures, their checks and the analysis are kept while the catalogue and the
/// files of the edition folder other than the curated text are unchanged (by size and time; with
/// <see cref="BuildOptions.AllowOutsidePaths"/> nothing is kept), the charts while the templates are too; so a text edit only reads the text and renders the pages.
/// Bad input is returned as diagnostics, never thrown: the preview keeps running through it.
/// Pages go to <c>output/&lt;year&gt;-preview/</c> (beside the real output, which is never touched),
/// without downloads and without the PDF, which <see cref="PrintAsync"/> makes on request.
/// </summary>
public sealed partial class PreviewBuilder(BuildOptions options)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Figures> _figures = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Key, IReadOnlyDictionary<string, IndicatorCharts> Charts)> _charts = new(StringComparer.Ordinal);
    private BuildStamp? _stamp;
    private List<string>? _languages;

    /// <summary>The suffix of the preview's output folder: <c>output/2025-preview/</c>.</summary>
    public const string FolderSuffix = "-preview";

    /// <summary>The options the preview builds with.</summary>
    public BuildOptions Options { get; } = options;

    /// <summary>The preview's output folder for an edition year, beside the real output folder.</summary>
    public string Folder(int year) => Options.Output(year) + FolderSuffix;

    /// <summary>What the preview reads for an edition year, and where it writes.</summary>
    public PreviewInputs Inputs(int year) => new(Options.Catalogue, Options.EditionDirectory, Options.Templates.Roots, Folder(year));

    /// <summary>
    /// The edition year as the catalogue says, or null while it cannot be read; the first year that
    /// could be read is remembered so the watched folders stay known through a broken catalogue.
    /// </summary>
    public int? Year { get; private set; }

    /// <summary>Builds every language (or <see cref="BuildOptions.Language"/>) into the preview folder, reusing what did not change.</summary>
    public async Task<PreviewBuild> BuildAsync(CancellationToken cancellationToken = default)
    {
        _stamp = null;
        var prepared = await PrepareAllAsync();
        var first = prepared[0];
        if (first.Catalogue is null)
        {
            return new PreviewBuild(null, [], first.Diagnostics);
        }

        var edition = first.Catalogue.Edition;
        Year = edition.Year;
        _languages = prepared.Select(p => p.Code ?? string.Empty).ToList();
        var figuresReused = prepared.All(p => p.FiguresReused);
        var chartsReused = prepared.All(p => p.ChartsReused);

        var diagnostics = prepared.SelectMany(p => p.Diagnostics).Distinct().ToList();
        if (prepared.Any(p => p.Site is null) || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new PreviewBuild(null, [], diagnostics) { FiguresReused = figuresReused, ChartsReused = chartsReused };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var target = Folder(edition.Year);
        var stamp = Stamp(edition.Year);
        try
        {
            OutputGuard.Check(target, Options.Inputs);
        }
        catch (InputException e)
        {
            return new PreviewBuild(null, [], [.. diagnostics, .. e.Diagnostics]);
        }

        var languages = await MachineFault.GuardAsync(target, async () =>
        {
            using var staging = new StagingFolder(target);
            var written = new List<PreviewLanguage>();
            foreach (var build in prepared)
            {
                var code = build.Catalogue!.Edition.Language;
                var folder = Path.Combine(staging.Path, code);
                Directory.CreateDirectory(folder);
                await SiteWriter.WriteAsync(folder, build.Site!.Pages, Options, build.Formats!.Phrases, cancellationToken);
                await ChartFiles.WriteAsync(folder, build.Site.Charts, cancellationToken);
                written.Add(new PreviewLanguage(code, Path.Combine(target, code), build.Site, build.Catalogue, build.Formats, stamp));
            }

            var names = new LanguageVersions(Options.Templates, edition);
            await LanguageIndex.WriteAsync(staging.Path, edition.Title, written.Select(l => (l.Code, names.Name(l.Code))).ToList(), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            staging.Commit();
            return written;
        });

        return new PreviewBuild(target, languages, diagnostics) { FiguresReused = figuresReused, ChartsReused = chartsReused };
    }

    /// <summary>
    /// Every language's figures, text and pages. Once the edition's year and languages are known
    /// (from the build before), the languages are prepared side by side: they share nothing but the
    /// stamp, made first. Else, and for a language the catalogue has added, one after the other.
    /// </summary>
    private async Task<List<Prepared>> PrepareAllAsync()
    {
        List<Prepared> prepared;
        if (Year is { } year && _languages is { Count: > 1 } known && Options.Language is null)
        {
            Stamp(year);
            prepared = [.. await Task.WhenAll(known.Select((code, i) => Task.Run(() => Prepare(i == 0 ? null : code))))];
        }
        else
        {
            prepared = [Prepare(Options.Language)];
        }

        if (prepared[0].Catalogue is not { } catalogue)
        {
            return prepared;
        }

        // The languages the catalogue names now, in its order; a language it no longer names is dropped.
        var codes = Options.Language is null ? catalogue.Edition.Languages.Select(l => l.Code).ToList() : [Options.Language];
        return [prepared[0], .. codes.Skip(1).Select(code => prepared.Skip(1).FirstOrDefault(p => p.Code == code) ?? Prepare(code))];
    }

    /// <summary>
    /// Prints one language of a finished preview build to its PDF in the preview folder, through the
    /// same path as a real build (<see cref="PublicationPrinter"/>), and returns the PDF's path.
    /// </summary>
    public static async Task<string> PrintAsync(PdfPrinter printer, PreviewLanguage language, CancellationToken cancellationToken = default)
    {
        var pdf = Path.Combine(language.Folder, language.PdfFileName);
        await PublicationPrinter.PrintAsync(printer, language.Site, language.Folder, pdf, language.Catalogue, language.Stamp, language.Formats, cancellationToken);
        return pdf;
    }

    /// <summary>What one language's build read and rendered; Site is null when something stopped it.</summary>
    private sealed record Prepared(string? Code, IndicatorCatalogue? Catalogue, Formats? Formats, RenderedSite? Site, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public bool FiguresReused { get; init; }

        public bool ChartsReused { get; init; }
    }

    /// <summary>The figures of one language and the catalogue they were read with, under the key of the files they came from.</summary>
    private sealed record Figures(string Key, IndicatorCatalogue? Catalogue, IReadOnlyList<Diagnostic> Diagnostics, EditionAnalysis? Analysis);

    private Prepared Prepare(string? language)
    {
        var reused = (Figures: false, Charts: false);

        // Load and validate the figures, unless nothing they depend on changed: the catalogue and
        // every file of the edition folder but the curated text.
        var key = FiguresKey(language);
        var cacheKey = language ?? string.Empty;

        // Files outside the edition folder (--allow-outside-paths) are not in the key: then nothing is kept.
        if (!Options.AllowOutsidePaths && _figures.TryGetValue(cacheKey, out var figures) && figures.Key == key)
        {
            reused.Figures = true;
        }
        else
        {
            figures = ReadFigures(language, key);

            // The first reading names the year, and so the preview's output folder, which the key leaves out.
            if (figures.Catalogue is { } read && read.Edition.Year != Year)
            {
                Year = read.Edition.Year;
                figures = figures with { Key = FiguresKey(language) };
            }

            _figures[cacheKey] = figures;
            _charts.TryRemove(cacheKey, out _);
        }

        var diagnostics = figures.Diagnostics.ToList();
        if (figures.Catalogue is not { } catalogue || figures.Analysis is not { } analysis)
        {
            return new Prepared(language, null, null, null, diagnostics) { FiguresReused = reused.Figures };
        }

        // The curated text is read every time: it is what the analyst is writing.
        var files = Options.Files();
        var text = CuratedTextLoader.Load(files, catalogue, diagnostics, Options.Draft);
        try
        {
            var phrases = PhraseBook.Load(Options.Templates, catalogue.Edition.Language, catalogue.Edition.Culture);
            var formats = new Formats(phrases);
            var rendered = CuratedTextRenderer.Render(text, catalogue, analysis, formats, Options.Draft, diagnostics);
            var engine = new TemplateEngine(Options.Templates, phrases);

            // Charts carry the phrase book's words and the templates' formats: kept while neither changed.
            var chartKey = figures.Key + InputStamps.Of(Options.Templates.Roots.SelectMany(t => InputStamps.Files(t)));
            if (_charts.TryGetValue(cacheKey, out var charts) && charts.Key == chartKey)
            {
                reused.Charts = true;
            }
            else
            {
                charts = (chartKey, ChartBuilder.Build(catalogue, analysis.Indicators, formats));
                _charts[cacheKey] = charts;
            }

            if (diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return new Prepared(catalogue.Edition.Language, catalogue, formats, null, diagnostics) { FiguresReused = reused.Figures, ChartsReused = reused.Charts };
            }

            var stamp = Stamp(catalogue.Edition.Year);
            var site = new HtmlRenderer(engine).Render(catalogue, analysis, charts.Charts, rendered, stamp, diagnostics.Count(d => d.Code == "missing-translation"));
            return new Prepared(catalogue.Edition.Language, catalogue, formats, site, diagnostics) { FiguresReused = reused.Figures, ChartsReused = reused.Charts };
        }
        catch (InputException e)
        {
            return new Prepared(catalogue.Edition.Language, catalogue, null, null, [.. diagnostics, .. e.Diagnostics]) { FiguresReused = reused.Figures, ChartsReused = reused.Charts };
        }
    }
}

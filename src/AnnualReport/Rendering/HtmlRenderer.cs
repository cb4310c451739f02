using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>
/// The render stage: the Scriban templates and the phrase book of the edition's language render
/// the front page, one page per theme area, the method page and <c>print.html</c> (the whole
/// publication in one document, printed to PDF). Template mistakes become diagnostics with the
/// template's file, line and column.
/// </summary>
public sealed class HtmlRenderer
{
    /// <summary>The single-document version that the PDF is printed from.</summary>
    public const string PrintPage = "print.html";

    private readonly TemplateEngine _engine;

    public HtmlRenderer(string templateDirectory, IndicatorCatalogue catalogue)
        : this(new TemplateEngine(templateDirectory, PhraseBook.Load(templateDirectory, catalogue.Edition.Language, catalogue.Edition.Culture)))
    {
    }

    public HtmlRenderer(TemplateEngine engine)
    {
        _engine = engine;
    }

    /// <summary>The method page's file name in a language.</summary>
    private static string MethodFile(PhraseBook phrases) => PageFiles.Name(phrases, "method");

    /// <summary>The method page's file name in the edition's language (<c>metode.html</c>, <c>method.html</c>).</summary>
    public string MethodPage => MethodFile(_engine.Phrases);

    public Formats Formats => _engine.Formats;

    /// <summary>
    /// The web pages, the print document with its contents not yet numbered, and a way to render
    /// the print document again once the page numbers are known.
    /// </summary>
    /// <param name="untranslated">How many texts lack their translation into this language (a draft shows the main language's and says how many).</param>
    /// <param name="changes">Whether the front page and the print document leave room for a draft's list of changes (<see cref="Drafts.DraftChanges.Placeholder"/>).</param>
    public RenderedSite Render(IndicatorCatalogue catalogue, EditionAnalysis analysis, IReadOnlyDictionary<string, Charts.IndicatorCharts> charts, RenderedText text, BuildStamp stamp, int untranslated = 0, bool changes = false)
    {
        _engine.UseGroups(catalogue.Groups);
        var views = new ViewBuilder(catalogue, analysis, charts, text, _engine.Formats);
        var themes = views.Themes();
        var keyFigures = views.KeyFigures();
        var method = ViewBuilder.Method(catalogue) with { Flags = Data.StatusMeanings.Used(analysis.Data) };
        var contents = views.Contents(themes);
        var printStyle = views.PrintStyle(themes, stamp.Draft);
        var edition = catalogue.Edition;
        var phrases = _engine.Phrases;
        var methodPage = MethodPage;
        var pdf = SafeUrl.Page(edition.PdfFileName);
        var content = new
        {
            site_title = edition.Title,
            subtitle = edition.Subtitle,
            publisher = edition.Publisher,
            year = edition.Year,
            pdf_file = pdf,
            spreadsheet = Publishing.Downloads.Spreadsheet,
            stamp = StampText.For(stamp, _engine.Formats),
            preface = text.Preface is { } preface ? new TrustedHtml(preface) : null,
            sources = Sources(catalogue),
            illustrative = analysis.Indicators.Any(r => r.Data.Series.SelectMany(s => s.Observations).Any(o => o.Provenance == Provenance.Illustrative)),
            method_page = methodPage,
            themes,
            key_figures = keyFigures,
            findings = views.Findings(),
            logo = Publishing.CoverImages.Href(edition.Logo, "logo") is { } logo ? new { src = logo, alt = edition.Logo!.Alt } : null,
            cover_image = Publishing.CoverImages.Href(edition.CoverPicture, "image") is { } picture ? new { src = picture, alt = edition.CoverPicture!.Alt } : null,
            method,
            method_number = themes.Count + 1,
            recent_years = TableLayout.RecentYears,

            // An indicator published by quarter or month shows its last periods, not years, beside it.
            recent_periods = catalogue.Indicators.Any(i => i.SubAnnual),
            isbn = edition.Isbn,
            issn = edition.Issn,
        };

        var versions = new LanguageVersions(_engine.Folders, edition);

        // The same page in the other languages: the method page has its own name in each.
        PageView Page(string title, string href, bool print) => new(
            edition.Language,
            title,
            edition.Title,
            edition.Subtitle,
            edition.Publisher,
            edition.Year,
            "index.html",
            pdf,
            Publishing.Downloads.Spreadsheet,
            print,
            phrases.Get("pages.chrome.nav"),
            [
                new NavItemView("index.html", phrases.Get("pages.nav.home"), href == "index.html"),
                .. themes.Select(t => new NavItemView(t.Href, t.Title, t.Href == href)),
                new NavItemView(methodPage, phrases.Get("pages.method.title"), href == methodPage),
            ],
            print ? [] : versions.For(phrases => href == methodPage ? MethodFile(phrases) : href),
            print ? printStyle : TrustedHtml.Empty,
            stamp.Draft,
            StampText.For(stamp, _engine.Formats),
            untranslated,
            ContentSecurityPolicy.For(print ? printStyle.Html : null, script: !print))
        {
            Changes = changes && (print || href == "index.html"),
            // The one shipped script makes the charts explorable on the web; the print document has none.
            Explore = !print,
        };

        // Every page numbers its chapters' elements (reference numbers) and their figures and tables.
        (string Body, IReadOnlyList<TocEntryView> Lists) Body(string template, PageView page, ThemeView? theme, IReadOnlyList<TocEntryView>? entries)
        {
            var toc = entries?.Where(e => e.Level < FigureNumbers.FigureLevel).ToList();
            var figures = entries?.Where(e => e.Level == FigureNumbers.FigureLevel).ToList();
            var tables = entries?.Where(e => e.Level == FigureNumbers.TableLevel).ToList();
            return FigureNumbers.Apply(ReferenceNumbers.Apply(_engine.Render(template, new { page, content, theme, toc, figures, tables })), phrases);
        }

        // The web pages number the same chapters as the print document (ReferenceNumberTests checks
        // it), so their figures and tables, in page order, are the lists after the contents.
        var lists = new List<TocEntryView>();
        RenderedPage Apply(string fileName, string template, PageView page, ThemeView? theme = null, IReadOnlyList<TocEntryView>? toc = null)
        {
            var (body, numbered) = Body(template, page, theme, toc);
            if (!page.Print)
            {
                lists.AddRange(numbered);
            }

            return new(fileName, _engine.Render("layout", new { page, body = new TrustedHtml(body) }));
        }

        var pages = new List<RenderedPage>
        {
            Apply("index.html", "index", Page(edition.Title, "index.html", print: false)),
        };
        pages.AddRange(themes.Select(t => Apply(ViewBuilder.ThemeFile(t.Id), "theme", Page(phrases.Get("pages.title.page", ("page", t.Title), ("site", edition.Title)), t.Href, print: false), theme: t)));
        pages.Add(Apply(methodPage, "method", Page(phrases.Get("pages.title.page", ("page", phrases.Get("pages.method.title")), ("site", edition.Title)), methodPage, print: false)));
        RenderedPage Print(IReadOnlyList<TocEntryView> toc) => Apply(PrintPage, "print", Page(edition.Title, PrintPage, print: true), toc: toc);

        contents = [.. contents, .. lists.Where(e => e.Level == FigureNumbers.FigureLevel), .. lists.Where(e => e.Level == FigureNumbers.TableLevel)];
        pages.Add(Print(contents));
        return new RenderedSite(pages, contents, Print) { Charts = views.ChartDownloads };
    }

    /// <summary>The sources named by the indicators themselves, each once, in catalogue order.</summary>
    public static IReadOnlyList<string> Sources(IndicatorCatalogue catalogue) =>
        [.. catalogue.Indicators.Select(i => i.Source.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)];
}

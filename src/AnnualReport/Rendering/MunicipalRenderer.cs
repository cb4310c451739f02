using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Municipal;

namespace AnnualReport.Rendering;

/// <summary>
/// The render stage of the municipality products: an index of municipalities, one fact sheet per
/// municipality (each printed to its own PDF) and a statistics bank page per rate indicator, from
/// the Scriban templates in <c>templates/municipal/</c>, worded by the phrase book of the edition's
/// language.
/// </summary>
public sealed class MunicipalRenderer(TemplateFolders templates, PhraseBook phrases)
{
    private readonly TemplateEngine _engine = new(templates, phrases);

    /// <param name="untranslated">How many texts lack their translation into this language (a draft says how many).</param>
    public IReadOnlyList<RenderedPage> Render(IndicatorCatalogue catalogue, MunicipalAnalysis analysis, IEnumerable<FactSheet> sheets, BuildStamp stamp, int untranslated = 0)
    {
        _engine.UseGroups(catalogue.Groups);
        var views = new MunicipalViewBuilder(catalogue, analysis, phrases);
        var settings = catalogue.Municipalities!;
        var method = MunicipalViewBuilder.Method(catalogue);
        var spreadsheet = SafeUrl.Page(MunicipalTable.FileName(phrases));
        var banks = analysis.Published.Where(d => d.Indicator.Unit is Unit.Percent or Unit.PerThousand).Select(views.Bank).ToList();
        var nav = new List<NavItemView> { new("index.html", phrases.Get("municipal.layout.municipalities"), false) };
        nav.AddRange(banks.Select(b => new NavItemView(b.Href, b.Title, false)));

        var edition = catalogue.Edition;
        var stampText = StampText.For(stamp, _engine.Formats);
        var versions = new LanguageVersions(_engine.Folders, edition);
        PageView Chrome(string title, string href, Func<PhraseBook, string> file) => new(
            phrases.Language,
            title.Length == 0 ? settings.Title : phrases.Get("pages.title.page", ("page", title), ("site", settings.Title)),
            settings.Title, edition.Subtitle, edition.Publisher, edition.Year, "index.html", null, spreadsheet, false,
            phrases.Get("municipal.layout.nav"),
            [.. nav.Select(n => n with { Current = n.Href == href })],
            versions.For(file), TrustedHtml.Empty, stamp.Draft, stampText, untranslated, ContentSecurityPolicy.For(null));

        RenderedPage Page(string file, PageView page, string body, object model) =>
            new(file, _engine.Render("layout", new { page, body = new TrustedHtml(_engine.Render(body, model)) }));

        var counties = analysis.Geography.Municipalities.GroupBy(m => m.CountyCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new
            {
                Name = Data.Geography.Plain(g.First().County),
                Municipalities = g.Select(m => new { m.Code, m.Name, Href = SafeUrl.Page($"{m.Code}.html"), Pdf = SafeUrl.Page($"{m.Code}.pdf") }).ToList(),
            })
            .ToList();
        var pages = new List<RenderedPage>
        {
            Page("index.html", Chrome(string.Empty, "index.html", _ => "index.html"), "municipal/index", new { settings.Title, counties, banks, spreadsheet }),
        };
        pages.AddRange(banks.Select(b => Page(b.Href, Chrome(b.Title, b.Href, other => MunicipalViewBuilder.BankFile(other, b.Id)), "municipal/bank", new { bank = b, method, spreadsheet })));
        foreach (var sheet in sheets)
        {
            var view = views.FactSheet(sheet);
            pages.Add(Page($"{sheet.Municipality.Code}.html", Chrome(sheet.Municipality.Name, string.Empty, _ => $"{sheet.Municipality.Code}.html"), "municipal/factsheet", new { sheet = view, settings.Title, method }));
        }

        return pages;
    }
}

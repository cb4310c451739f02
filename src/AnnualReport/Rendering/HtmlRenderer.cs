using AnnualReport.Analysis;
using AnnualReport.Model;
using HandlebarsDotNet;

namespace AnnualReport.Rendering;

/// <summary>
/// The render stage: compiles the Handlebars templates once and renders the front page, one page
/// per theme area, and <c>print.html</c> (the whole publication in one document, printed to PDF).
/// </summary>
public sealed class HtmlRenderer
{
    /// <summary>The single-document version that the PDF is printed from.</summary>
    public const string PrintPage = "print.html";

    private readonly string _directory;
    private readonly IHandlebars _handlebars;
    private readonly HandlebarsTemplate<object, object> _layout;
    private readonly HandlebarsTemplate<object, object> _index;
    private readonly HandlebarsTemplate<object, object> _theme;
    private readonly HandlebarsTemplate<object, object> _print;

    public HtmlRenderer(string templateDirectory, Model.Catalogue catalogue)
    {
        _directory = templateDirectory;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new HtmlEncoder(),
            FormatProvider = catalogue.Edition.Culture,
        });

        var partials = Path.Combine(templateDirectory, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.GetFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                _handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), Read(file));
            }
        }

        _layout = Compile("layout.hbs");
        _index = Compile("index.hbs");
        _theme = Compile("theme.hbs");
        _print = Compile("print.hbs");
    }

    public IReadOnlyList<RenderedPage> Render(Model.Catalogue catalogue, IReadOnlyList<IndicatorResult> results, IReadOnlyDictionary<string, string> charts)
    {
        var views = new ViewBuilder(catalogue, results, charts);
        var themes = views.Themes();
        var keyFigures = views.KeyFigures();
        var edition = catalogue.Edition;

        PageView Page(string title, string href, bool print, ThemeView? theme) => new(
            edition.Language,
            title,
            edition.Title,
            edition.Subtitle,
            edition.Publisher,
            edition.Year,
            edition.PdfFileName,
            print,
            [new NavItemView("index.html", "Forside", href == "index.html"), .. themes.Select(t => new NavItemView(t.Href, t.Title, t.Href == href))],
            themes,
            keyFigures,
            theme);

        var pages = new List<RenderedPage>
        {
            Apply("index.html", _index, Page(edition.Title, "index.html", print: false, null)),
        };
        pages.AddRange(themes.Select(t => Apply(t.Href, _theme, Page($"{t.Title} – {edition.Title}", t.Href, print: false, t))));
        pages.Add(Apply(PrintPage, _print, Page(edition.Title, PrintPage, print: true, null)));
        return pages;
    }

    private RenderedPage Apply(string fileName, HandlebarsTemplate<object, object> body, PageView page)
    {
        try
        {
            var content = body(page);
            return new RenderedPage(fileName, _layout(new { page, body = content }));
        }
        catch (HandlebarsException e)
        {
            throw new InputException(Diagnostic.Error("template-error", $"feil under utfylling av {fileName}: {e.Message}", SourceSpan.ForFile(_directory)));
        }
    }

    private HandlebarsTemplate<object, object> Compile(string name)
    {
        var path = Path.Combine(_directory, name);
        try
        {
            return _handlebars.Compile(Read(path));
        }
        catch (HandlebarsException e)
        {
            throw new InputException(Diagnostic.Error("template-error", e.Message, SourceSpan.ForFile(path)));
        }
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(Diagnostic.Error("file-not-found", $"kan ikke lese malen: {e.Message}", SourceSpan.ForFile(path)));
        }
    }
}

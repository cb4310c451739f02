using AnnualReport.Analysis;
using AnnualReport.Model;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace AnnualReport.Rendering;

/// <summary>
/// The render stage: compiles the Handlebars templates once and renders the front page, one page
/// per theme area, and <c>print.html</c> (the whole publication in one document, printed to PDF).
/// Template mistakes become diagnostics with the template's file, line and column.
/// </summary>
public sealed class HtmlRenderer
{
    /// <summary>The single-document version that the PDF is printed from.</summary>
    public const string PrintPage = "print.html";

    /// <summary>How the figures are computed: the rules the analysis follows.</summary>
    public const string MethodPage = "metode.html";

    private readonly IHandlebars _handlebars;
    private bool _compiling = true;
    private readonly List<(string File, string Text)> _sources = [];
    private readonly HandlebarsTemplate<object, object> _layout;
    private readonly HandlebarsTemplate<object, object> _index;
    private readonly HandlebarsTemplate<object, object> _theme;
    private readonly HandlebarsTemplate<object, object> _print;
    private readonly HandlebarsTemplate<object, object> _method;

    public HtmlRenderer(string templateDirectory, IndicatorCatalogue catalogue)
    {
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new HtmlEncoder(),
            FormatProvider = catalogue.Edition.Culture,
        });

        _index = Compile(Path.Combine(templateDirectory, "index.hbs"));
        _theme = Compile(Path.Combine(templateDirectory, "theme.hbs"));
        _print = Compile(Path.Combine(templateDirectory, "print.hbs"));
        _method = Compile(Path.Combine(templateDirectory, "method.hbs"));
        _layout = Compile(Path.Combine(templateDirectory, "layout.hbs"));

        var partials = Path.Combine(templateDirectory, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.GetFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                var text = Read(file);
                _sources.Add((file, text));
                Guard(() => _handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), PartialIndentation.Remove(text)));
            }
        }

        _compiling = false;
    }

    /// <summary>
    /// The web pages, the print document with its contents not yet numbered, and a way to render
    /// the print document again once the page numbers are known.
    /// </summary>
    public RenderedSite Render(IndicatorCatalogue catalogue, EditionAnalysis analysis, IReadOnlyDictionary<string, Charts.IndicatorCharts> charts, RenderedText text, BuildStamp stamp)
    {
        var views = new ViewBuilder(catalogue, analysis, charts, text);
        var themes = views.Themes();
        var keyFigures = views.KeyFigures();
        var method = ViewBuilder.Method(catalogue);
        var contents = views.Contents(themes);
        var printStyle = views.PrintStyle(themes);
        var edition = catalogue.Edition;

        PageView Page(string title, string href, bool print, ThemeView? theme, IReadOnlyList<TocEntryView> toc) => new(
            edition.Language,
            title,
            edition.Title,
            edition.Subtitle,
            edition.Publisher,
            edition.Year,
            SafeUrl.Page(edition.PdfFileName),
            print,
            [new NavItemView("index.html", "Forside", href == "index.html"), .. themes.Select(t => new NavItemView(t.Href, t.Title, t.Href == href)), new NavItemView(MethodPage, "Metode", href == MethodPage)],
            themes,
            keyFigures,
            theme,
            method,
            toc,
            print ? printStyle : string.Empty,
            stamp.Draft,
            stamp.Text,
            text.Preface,
            ContentSecurityPolicy.For(print ? printStyle : null));

        var pages = new List<RenderedPage>
        {
            Apply("index.html", _index, Page(edition.Title, "index.html", print: false, null, contents)),
        };
        pages.AddRange(themes.Select(t => Apply(ViewBuilder.ThemeFile(t.Id), _theme, Page($"{t.Title} – {edition.Title}", t.Href, print: false, t, contents))));
        pages.Add(Apply(MethodPage, _method, Page($"Metode – {edition.Title}", MethodPage, print: false, null, contents)));
        RenderedPage Print(IReadOnlyList<TocEntryView> toc) => Apply(PrintPage, _print, Page(edition.Title, PrintPage, print: true, null, toc));
        pages.Add(Print(contents));
        return new RenderedSite(pages, contents, Print);
    }

    private RenderedPage Apply(string fileName, HandlebarsTemplate<object, object> body, PageView page) =>
        Guard(() => new RenderedPage(fileName, _layout(new { page, body = body(page) })));

    private HandlebarsTemplate<object, object> Compile(string path)
    {
        var text = Read(path);
        _sources.Add((path, text));
        return Guard(() => _handlebars.Compile(PartialIndentation.Remove(text)));
    }

    /// <summary>Runs a Handlebars step and turns its errors into a positioned diagnostic.</summary>
    private T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            var where = TemplateErrorLocator.LocateBinding(_sources, e.Path) ?? SourceSpan.ForFile(_sources[0].File);
            throw new InputException(Diagnostic.Error("template-error", $"malen bruker «{e.Path}», som ikke finnes i malmodellen", where));
        }
        catch (HandlebarsException e)
        {
            // While compiling, the template being compiled is the last one read; while rendering,
            // a partial may be compiled late, so every template is searched.
            var (message, at) = TemplateErrorLocator.SplitMessage(e.Message);
            var current = _sources[^1];
            var where = _compiling
                ? TemplateErrorLocator.LocateSyntaxError([current])
                  ?? (at is { } position ? new SourceSpan(current.File, position.Line, position.Column) : SourceSpan.ForFile(current.File))
                : TemplateErrorLocator.LocateSyntaxError(_sources) ?? SourceSpan.ForFile(current.File);
            throw new InputException(Diagnostic.Error("template-error", message, where));
        }
        catch (Exception e) when (_compiling && e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException)
        {
            // Handlebars.Net fails this way on some malformed blocks ({{#if}} without a condition):
            // a fault of the template being compiled, not of the program.
            var current = _sources[^1];
            var where = TemplateErrorLocator.LocateSyntaxError([current]) ?? SourceSpan.ForFile(current.File);
            throw new InputException(Diagnostic.Error("template-error", $"malen kan ikke kompileres ({SafeText.Excerpt(e.Message, 120)}); se etter en blokk uten argument eller en uavsluttet {{{{", where));
        }
    }

    private void Guard(Action step) => Guard(() =>
    {
        step();
        return 0;
    });

    private static string Read(string path)
    {
        // Templates are UTF-8 text within the catalogue's size limit, like every other input.
        var diagnostics = new List<Diagnostic>();
        return InputText.ReadUtf8(path, path, InputLimits.MaxYamlBytes, diagnostics) ?? throw new InputException(diagnostics);
    }
}

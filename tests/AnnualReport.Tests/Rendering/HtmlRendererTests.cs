using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly BuildStamp Stamp = new(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false);

    private static IReadOnlyList<RenderedPage> Render(string templates, Func<IndicatorCatalogue, IndicatorCatalogue>? change = null)
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        catalogue = change?.Invoke(catalogue) ?? catalogue;
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));
        return new HtmlRenderer(templates, catalogue).Render(catalogue, analysis, ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, Stamp).Pages;
    }

    private static string CopyTemplates(TempDirectory temp, string file, string find, string replace)
    {
        foreach (var source in Directory.GetFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(source);
            var relative = Path.GetRelativePath(RepositoryPaths.Templates, source);
            if (relative == file)
            {
                Assert.Contains(find, text);
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            temp.File(Path.Combine("templates", relative), text);
        }

        return Path.Combine(temp.Path, "templates");
    }

    private static Diagnostic TemplateError(string file, string find, string replace)
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp, file, find, replace);
        var error = Assert.Throws<InputException>(() => Render(templates));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-error", diagnostic.Code);
        Assert.Equal(Path.Combine(templates, file), diagnostic.Where.File);
        Assert.DoesNotContain('\n', diagnostic.Message);
        return diagnostic;
    }

    [Fact]
    public void Pages_are_the_front_page_one_page_per_theme_and_the_print_document()
    {
        var pages = Render(RepositoryPaths.Templates);

        Assert.Equal(["index.html", "befolkning.html", "arbeid.html", "utdanning.html", "levekar.html", "fellesskap.html", "metode.html", "print.html"], pages.Select(p => p.FileName));
    }

    [Fact]
    public void Text_from_the_catalogue_is_escaped_and_norwegian_letters_stay_letters()
    {
        var pages = Render(RepositoryPaths.Templates, c => c with
        {
            Themes = [c.Themes[0] with { Intro = "Befolkning <script>alert(1)</script> & bosetting" }, .. c.Themes.Skip(1)],
        });

        var html = pages.Single(p => p.FileName == "befolkning.html").Html;
        Assert.Contains("Befolkning &lt;script&gt;alert(1)&lt;/script&gt; &amp; bosetting", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Norskfødte med innvandrerforeldre", html);
    }

    [Fact]
    public void An_unknown_name_in_a_template_points_at_its_expression()
    {
        var diagnostic = TemplateError("theme.sbn", "{{ theme_view.title }}", "{{ theme_view.titel }}");

        var line = File.ReadAllLines(Path.Combine(RepositoryPaths.Templates, "theme.sbn")).ToList().FindIndex(l => l.Contains("{{ theme_view.title }}", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, diagnostic.Where.Line);
        Assert.InRange(diagnostic.Where.Column, 5, 20);
        Assert.Contains("titel", diagnostic.Message);
    }

    [Fact]
    public void A_block_without_its_argument_is_a_template_error_not_a_crash()
    {
        var diagnostic = TemplateError("theme.sbn", "{{~ for indicator in theme_view.indicators }}\n", "{{~ for indicator in theme_view.indicators }}\n{{ if }}{{ end }}\n");

        Assert.Equal("template-error", diagnostic.Code);
        Assert.EndsWith("theme.sbn", diagnostic.Where.File);
    }

    [Fact]
    public void An_unclosed_expression_in_a_partial_points_at_its_line()
    {
        var diagnostic = TemplateError(Path.Combine("partials", "indicator.sbn"), "{{ indicator.definition }}", "{{ indicator.definition }");

        var line = File.ReadAllLines(Path.Combine(RepositoryPaths.Templates, "partials", "indicator.sbn")).ToList().FindIndex(l => l.Contains("{{ indicator.definition }}", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, diagnostic.Where.Line);
    }

    [Fact]
    public void A_block_left_open_is_found()
    {
        var diagnostic = TemplateError("theme.sbn", "{{~ for indicator in theme_view.indicators }}\n", "{{~ for indicator in theme_view.indicators }}\n{{ if indicator.level }}\n");

        Assert.Equal("template-error", diagnostic.Code);
        Assert.InRange(diagnostic.Where.Line, 1, File.ReadAllLines(Path.Combine(RepositoryPaths.Templates, "theme.sbn")).Length + 1);
    }

    [Fact]
    public void A_missing_template_folder_is_one_clear_diagnostic()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<InputException>(() => Render(temp.Path));

        Assert.Equal("missing-phrase-book", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_page_template_names_the_file()
    {
        using var temp = new TempDirectory();
        var templates = CopyTemplates(temp, "index.sbn", "<h1>", "<h1>");
        File.Delete(Path.Combine(templates, "index.sbn"));

        var error = Assert.Throws<InputException>(() => Render(templates));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-error", diagnostic.Code);
        Assert.Contains("index.sbn", diagnostic.Message);
    }
}

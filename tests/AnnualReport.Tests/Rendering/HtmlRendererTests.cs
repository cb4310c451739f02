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
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(Path.Combine(RepositoryPaths.Root, "content", "2025"))));
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
        var diagnostic = TemplateError("theme.hbs", "{{theme.title}}", "{{theme.titel}}");

        Assert.Equal((1, 5), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("theme.titel", diagnostic.Message);
    }

    [Fact]
    public void A_block_without_its_argument_is_a_template_error_not_a_crash()
    {
        var diagnostic = TemplateError("theme.hbs", "{{#each theme.indicators}}\n", "{{#each theme.indicators}}\n{{#if}}{{/if}}\n");

        Assert.Equal("template-error", diagnostic.Code);
        Assert.EndsWith("theme.hbs", diagnostic.Where.File);
    }

    [Fact]
    public void An_unclosed_expression_in_a_partial_points_at_its_braces()
    {
        var diagnostic = TemplateError(Path.Combine("partials", "indicator.hbs"), "{{indicator.definition}}", "{{indicator.definition}");

        Assert.Equal(4, diagnostic.Where.Line);
        Assert.Equal(25, diagnostic.Where.Column);
    }

    [Fact]
    public void A_block_closed_by_the_wrong_tag_is_found()
    {
        var diagnostic = TemplateError("theme.hbs", "{{#each theme.indicators}}\n", "{{#each theme.indicators}}\n{{#if level}}\n");

        // The {{/each}} that closes the loop while {{#if}} is still open, one line further down now.
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Templates, "theme.hbs"));
        var closing = Array.FindLastIndex(lines, l => l.Contains("{{/each}}", StringComparison.Ordinal)) + 2;
        Assert.Equal(closing, diagnostic.Where.Line);
    }

    [Fact]
    public void A_missing_template_is_one_clear_diagnostic()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<InputException>(() => Render(temp.Path));

        Assert.Equal("file-not-found", Assert.Single(error.Diagnostics).Code);
    }
}

using System.Text.RegularExpressions;
using AnnualReport.Charts;
using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>Reference numbers a reviewer can quote: the same content has the same number on the web and in the PDF.</summary>
public sealed partial class ReferenceNumberTests
{
    [Fact]
    public void Headings_and_blocks_of_a_chapter_are_numbered_and_nothing_else()
    {
        const string html = """
            <p>Before any chapter.</p>
            <div data-chapter="3">
            <h1>Work</h1>
            <p class="lead">Lead.</p>
            <nav><h2>In this chapter</h2><ul><li>x</li></ul></nav>
            <section><h2 data-noref>Development</h2><p>Both rose.</p></section>
            <section class="indicator"><p class="level" data-noref>Main</p><h2>Employment</h2>
            <p>Definition <em>with</em> <a href="#x">a link</a>.</p>
            <figure class="chart"><svg><text>1</text><title>t</title></svg><figcaption><p>Source</p></figcaption></figure>
            <div class="data-table"><table><caption>c</caption><tr><td>1</td></tr></table><p class="table-note">n</p></div>
            <h3>Deeper</h3><br/><img src="x.png" alt=""><ul><li><p>item</p></li></ul>
            </section>
            <section><h2>Unemployment</h2><dl><dt>a</dt><dd><p>b</p></dd></dl></section>
            </div>
            <p>After the chapter.</p>
            """;

        var numbered = ReferenceNumbers.Apply(html);

        var refs = Refs().Matches(numbered).Select(m => $"{m.Groups["tag"].Value} {m.Groups["ref"].Value}").ToList();
        Assert.Equal(["h1 3", "p 3.0.1", "p 3.0.2", "h2 3.1", "p 3.1.1", "figure 3.1.2", "table 3.1.3", "p 3.1.4", "h3 3.1.5", "ul 3.1.6", "h2 3.2", "dl 3.2.1"], refs);
        Assert.Equal(html, numbered.Replace(" data-ref=", "\u0000", StringComparison.Ordinal).Split('\u0000').Aggregate((a, b) => a + b[(b.IndexOf('"', 1) + 1)..]));
    }

    [Fact]
    public void A_theme_page_and_its_chapter_in_the_pdf_number_the_same_text_the_same_way()
    {
        var catalogue = SampleEdition.Catalogue;
        var site = new HtmlRenderer(RepositoryPaths.Templates, catalogue).Render(catalogue, SampleEdition.Analysis, ChartBuilder.Build(catalogue, SampleEdition.Analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, new BuildStamp(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: true));
        var print = Numbered(site.Pages.Single(p => p.FileName == "print.html").Html);

        var checkedPages = 0;
        foreach (var page in site.Pages.Where(p => p.FileName != "print.html" && p.FileName != "index.html"))
        {
            var web = Numbered(page.Html);
            Assert.NotEmpty(web);
            var chapter = web[0].Ref;
            Assert.Equal(web, print.Where(r => r.Ref == chapter || r.Ref.StartsWith(chapter + ".", StringComparison.Ordinal)).ToList());
            checkedPages++;
        }

        Assert.Equal(catalogue.Themes.Count + 1, checkedPages);
        Assert.Equal(print.Count, print.Select(r => r.Ref).Distinct().Count());
    }

    [Fact]
    public void Only_a_draft_prints_the_numbers_in_the_margin_and_as_text_nobody_reads_out()
    {
        var draft = File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "print.css"));

        Assert.Contains("body.draft [data-ref]::before { content: attr(data-ref) / \"\";", draft, StringComparison.Ordinal);
        Assert.Contains("body.draft [data-ref]::before { content: attr(data-ref) / \"\";", File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "site.css")), StringComparison.Ordinal);
    }

    /// <summary>Each numbered element's number and the first words of its text.</summary>
    private static List<(string Ref, string Text)> Numbered(string html) =>
        [.. Refs().Matches(html).Select(m => (m.Groups["ref"].Value, Words(html[(m.Index + m.Length)..]))) ];

    private static string Words(string rest) => Regex.Replace(Regex.Replace(rest[..rest.IndexOf("</", StringComparison.Ordinal)], "<[^>]*>", " "), @"\s+", " ").Trim();

    [GeneratedRegex("""<(?<tag>[a-z0-9]+)[^>]*? data-ref="(?<ref>[0-9.]+)"[^>]*>""")]
    private static partial Regex Refs();
}

using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>
/// A flagged latest figure is marked wherever the pages publish it: in the key-figure cards, the
/// key findings' sentences and the indicator's figures (mark, with its meaning for screen
/// readers, and a note under the list), and under a breakdown chart that marks it.
/// </summary>
public sealed class FlaggedFigureViewTests
{
    /// <summary>The sample edition in memory with every series' latest figure flagged provisional.</summary>
    private static readonly Lazy<RenderedSite> Flagged = new(() =>
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var data = DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)).Select(d => d with
        {
            Series = [.. d.Series.Select(s => s with
            {
                Observations = [.. s.Observations.Select(o => o.Value.HasValue && o.Year == s.Observations.Where(x => x.Value.HasValue).Max(x => x.Year) ? o with { Flags = [StatusMeanings.Provisional] } : o)],
            })],
        }).ToList();
        var analysis = EditionAnalysis.Run(catalogue, data);
        return new HtmlRenderer(RepositoryPaths.Templates, catalogue).Render(catalogue, analysis, ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, SampleRender.Stamp);
    });

    private const string Mark = "<span class=\"flag-marks\" aria-hidden=\"true\">p</span><span class=\"flag-meaning\"> (foreløpig tall)</span>";
    private const string Note = "<p class=\"flag-notes\">p Foreløpig tall.</p>";

    private static string Page(RenderedSite site, string name) => site.Pages.Single(p => p.FileName == name).Html;

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start}");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [Fact]
    public void Key_figure_cards_show_the_mark_its_meaning_and_a_note()
    {
        var keyFigures = Section(Page(Flagged.Value, "index.html"), "<ul class=\"key-figures\">", "</section>");

        Assert.Matches("<span class=\"key-value\">[^<]+ " + System.Text.RegularExpressions.Regex.Escape(Mark) + "</span>", keyFigures);
        Assert.Contains(Note, keyFigures, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_findings_show_the_mark_after_the_latest_figure_and_a_note()
    {
        var findings = Section(Page(Flagged.Value, "index.html"), "<ul class=\"findings\">", "</section>");

        Assert.Contains(Mark, findings, StringComparison.Ordinal);
        Assert.Contains(Note, findings, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_figures_and_breakdown_charts_carry_the_marks_and_the_note()
    {
        var themes = Flagged.Value.Pages.Where(p => p.FileName != "index.html" && !p.FileName.StartsWith("print", StringComparison.Ordinal)).Select(p => p.Html).ToList();

        Assert.Contains(themes, t => t.Contains("<span class=\"value\">", StringComparison.Ordinal) && t.Contains(Mark, StringComparison.Ordinal));
        // A breakdown chart: its description names the flag, the note under it (numbered for reviewers, as every paragraph) explains the mark.
        Assert.Contains(themes, t => System.Text.RegularExpressions.Regex.IsMatch(t, "</figure>\\s*<p class=\"flag-notes\"[^>]*>p Foreløpig tall\\.</p>"));
        Assert.Contains(themes, t => t.Contains("Foreløpig tall (p):", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nb", "61,2\u00a0% <span class=\"flag-marks\" aria-hidden=\"true\">pe</span><span class=\"flag-meaning\"> (foreløpig tall og anslått tall)</span>|p Foreløpig tall. e Anslått tall.")]
    [InlineData("nn", "61,2\u00a0% <span class=\"flag-marks\" aria-hidden=\"true\">pe</span><span class=\"flag-meaning\"> (førebels tal og anslått tal)</span>|p Førebels tal. e Anslått tal.")]
    [InlineData("en", "61.2% <span class=\"flag-marks\" aria-hidden=\"true\">pe</span><span class=\"flag-meaning\"> (provisional and estimated)</span>|p Provisional. e Estimated.")]
    public void A_flagged_figure_and_its_note_are_worded_in_each_language(string language, string expected)
    {
        using var temp = new TempDirectory();
        temp.File("probe.sbn", "{{ partial 'flagged' {written: (figure f), flags: f.flags} }}|{{ partial 'flag-notes' {flags: (flag_order f.flags)} }}");
        var engine = new TemplateEngine(new TemplateFolders(RepositoryPaths.Templates, temp.Path), Municipal.MunicipalFixture.Phrases(language));
        var figure = new FigureView(61.2, null, 1, "percent", false) { Flags = [StatusMeanings.Provisional, StatusMeanings.Estimated] };

        Assert.Equal(expected, engine.Render("probe", new { f = figure }));
    }

    [Fact]
    public void Pages_without_flagged_figures_have_no_marks_and_no_notes()
    {
        foreach (var page in SampleRender.Bokmål.Pages)
        {
            Assert.DoesNotContain("flag-marks", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("flag-notes", page.Html, StringComparison.Ordinal);
        }
    }
}

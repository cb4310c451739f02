using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>Figures and tables are numbered per chapter in their captions and listed with links.</summary>
public sealed class FigureNumberTests
{
    [Fact]
    public void Figures_and_tables_are_numbered_per_chapter_in_their_captions()
    {
        const string html = """
            <figure class="chart"><svg><title>Not in a chapter</title></svg></figure>
            <section data-chapter="2">
            <figure class="chart" data-ref="2.1.2"><svg><title id="t">Employment &amp; more</title></svg><figcaption>Employment. Source: SSB.</figcaption></figure>
            <table><caption>Employment. Per cent</caption><tr><td>1</td></tr></table>
            <figure class="chart"><svg><title>By sex</title></svg></figure>
            </section>
            <section data-chapter="3"><table><caption>Education</caption></table></section>
            """;

        var (numbered, entries) = FigureNumbers.Apply(html, TestPhrases.For("en"));

        Assert.Contains("<figure class=\"chart\" data-ref=\"2.1.2\" id=\"fig-2-1\"><svg><title id=\"t\">Employment &amp; more</title></svg><figcaption><span class=\"figure-number\">Figure 2.1</span> Employment. Source: SSB.</figcaption></figure>", numbered, StringComparison.Ordinal);
        Assert.Contains("<table id=\"tab-2-1\"><caption><span class=\"table-number\">Table 2.1</span> Employment. Per cent</caption>", numbered, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"chart\" id=\"fig-2-2\"><svg><title>By sex</title></svg><figcaption><span class=\"figure-number\">Figure 2.2</span> By sex</figcaption></figure>", numbered, StringComparison.Ordinal);
        Assert.Contains("<table id=\"tab-3-1\"><caption><span class=\"table-number\">Table 3.1</span> Education</caption>", numbered, StringComparison.Ordinal);
        Assert.StartsWith("<figure class=\"chart\"><svg><title>Not in a chapter", numbered, StringComparison.Ordinal);
        Assert.Equal(
            [("Figure 2.1", "Employment & more", "#fig-2-1", 3), ("Table 2.1", "Employment. Per cent", "#tab-2-1", 4), ("Figure 2.2", "By sex", "#fig-2-2", 3), ("Table 3.1", "Education", "#tab-3-1", 4)],
            entries.Select(e => (e.Label, e.Title, e.Href, e.Level)));
    }
}

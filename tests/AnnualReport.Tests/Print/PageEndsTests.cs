using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Print;

/// <summary>The detector behind the typesetting test finds the layouts it must refuse, and passes the ones it must not.</summary>
public sealed class PageEndsTests
{
    private static readonly PageEnds.Blocks Blocks = PageEnds.FromHtml("""
        <section><p class="level" data-noref>Hovedindikator</p><h3 id="a">Sysselsatte 20–66 år blant innvandrere</h3>
        <figure class="chart"><svg></svg><figcaption><span class="figure-number">Figur 2.1</span> Sysselsatte. Kilde: SSB</figcaption></figure>
        <table><caption><span class="table-number">Tabell 2.1</span> Sysselsatte 20–66 år, 2019–2023. Prosent</caption></table></section>
        """);

    private static IReadOnlyList<IReadOnlyList<string>> Pages(params string[][] pages) => pages;

    [Fact]
    public void A_page_that_ends_with_a_heading_is_found()
    {
        var found = PageEnds.Offending(Pages(["Arbeid", "Text that runs on.", "Sysselsatte 20–66 år blant innvandrere", "14 av 85"]), Blocks);

        Assert.Equal(1, Assert.Single(found).Page);
    }

    [Fact]
    public void A_heading_that_wraps_over_two_lines_at_the_foot_is_found()
    {
        var found = PageEnds.Offending(Pages(["Arbeid", "Text.", "Sysselsatte 20–66 år", "blant innvandrere", "3 av 9"]), Blocks);

        Assert.Single(found);
    }

    [Fact]
    public void A_page_that_ends_with_the_level_label_or_a_table_caption_is_found()
    {
        var found = PageEnds.Offending(Pages(["Arbeid", "Text.", "Hovedindikator"], ["Arbeid", "Text.", "Tabell 2.1 Sysselsatte 20–66 år,"]), Blocks);

        Assert.Equal([1, 2], found.Select(f => f.Page));
    }

    [Fact]
    public void A_page_that_begins_with_a_figure_caption_is_found()
    {
        var found = PageEnds.Offending(Pages(["Arbeid", "Text."], ["Arbeid", "Figur 2.1 Sysselsatte. Kilde: SSB", "More text."]), Blocks);

        Assert.Equal(2, Assert.Single(found).Page);
    }

    [Fact]
    public void Pages_before_the_body_are_not_read()
    {
        var found = PageEnds.Offending(Pages(["Figurer", "Figur 2.1 Sysselsatte. Kilde: SSB"], ["Figurer", "Figur 2.1 Sysselsatte. Kilde: SSB"], ["Arbeid", "Text."]), Blocks, firstPage: 3);

        Assert.Empty(found);
    }

    [Fact]
    public void Headings_and_captions_with_their_content_pass()
    {
        var found = PageEnds.Offending(
            Pages(
                ["Arbeid", "Hovedindikator", "Sysselsatte 20–66 år blant innvandrere", "The definition.", "Figur 2.1 Sysselsatte. Kilde: SSB", "14 av 85"],
                ["Arbeid", "Tabell 2.1 Sysselsatte 20–66 år, 2019–2023. Prosent", "År Innvandrere", "2023 68,2", "15 av 85"]),
            Blocks);

        Assert.Empty(found);
    }
}

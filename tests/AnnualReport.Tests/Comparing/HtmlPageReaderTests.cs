using AnnualReport.Comparing;

namespace AnnualReport.Tests.Comparing;

/// <summary>How a page of a build becomes text blocks: where each is, where its words come from, and what is left out.</summary>
public sealed class HtmlPageReaderTests
{
    private const string Page = """
        <!doctype html><html lang="nb"><head><title>Arbeid</title><style>p { color: red }</style></head>
        <body><header><nav><a href="index.html">Forside</a></nav></header>
        <main><h1>Arbeid og sysselsetting</h1>
        <div class="curated"><p data-ref="2.1"><span class="ref" aria-hidden="true">2.1</span>Sysselsettingen   gikk
        ned.</p></div>
        <section class="indicator" id="sysselsetting"><h2 data-ref="2.2">Sysselsatte</h2>
        <p class="definition">Andelen sysselsatte.</p>
        <dl class="figures"><div><dt>Innvandrere, 2023</dt><dd><span class="value">68,2 %</span></dd></div></dl>
        <figure class="chart"><svg role="img" aria-labelledby="chart-sysselsetting-title"><title id="chart-sysselsetting-title">Sysselsatte</title><text>68,2</text></svg>
        <figcaption>Kilde: SSB.</figcaption></figure>
        <div class="data-table"><table><caption>Tabell</caption><tr><td>68,2</td></tr></table><p class="table-note">* Illustrerende.</p></div>
        </section>
        <dl><div><dt>Byggestempel</dt><dd>bygget 20. november 2025</dd></div></dl>
        </main><footer><p>IMDi</p></footer></body></html>
        """;

    [Fact]
    public void Each_block_has_its_page_heading_indicator_reference_and_origin()
    {
        var content = HtmlPageReader.Read("arbeid.html", Page, "Byggestempel");

        Assert.Equal(
            [
                ("Arbeid og sysselsetting", TextOrigin.Generated, null, null),
                ("Sysselsettingen gikk ned.", TextOrigin.Curated, null, "2.1"),
                ("Sysselsatte", TextOrigin.Generated, "sysselsetting", "2.2"),
                ("Andelen sysselsatte.", TextOrigin.Note, "sysselsetting", null),
                ("Innvandrere, 2023", TextOrigin.Generated, "sysselsetting", null),
                ("68,2 %", TextOrigin.Generated, "sysselsetting", null),
                ("Kilde: SSB.", TextOrigin.Source, "sysselsetting", null),
                ("* Illustrerende.", TextOrigin.Note, "sysselsetting", null),
                ("Byggestempel", TextOrigin.Generated, null, null),
            ],
            content.Blocks.Select(b => (b.Text, b.Origin, b.Indicator, b.Ref)));
        Assert.Equal("Arbeid og sysselsetting", content.Blocks[1].Heading);
        Assert.Equal("Sysselsatte", content.Blocks[3].Heading);
        Assert.True(content.Blocks[2].IsHeading);
    }

    [Fact]
    public void Chrome_tables_and_the_build_stamp_are_not_text_and_charts_are_read_apart()
    {
        var content = HtmlPageReader.Read("arbeid.html", Page, "Byggestempel");

        Assert.DoesNotContain(content.Blocks, b => b.Text.Contains("Forside", StringComparison.Ordinal) || b.Text.Contains("IMDi", StringComparison.Ordinal) || b.Text == "Tabell" || b.Text == "68,2");
        Assert.Equal("bygget 20. november 2025", content.Stamp);
        var chart = Assert.Single(content.Charts);
        Assert.Equal(("chart-sysselsetting", "sysselsetting", "Sysselsatte"), (chart.Id, chart.Indicator, chart.Title));
        Assert.Equal([("sysselsetting", "Sysselsatte")], content.Indicators);
        Assert.Equal(["index.html"], content.Navigation);
    }
}

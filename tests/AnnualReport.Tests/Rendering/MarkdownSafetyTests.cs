using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>
/// Curated Markdown cannot put a script, an event handler, raw HTML or a load from elsewhere on a
/// page: links only to http, https, mailto and inside the site; images shown as their alt text.
/// </summary>
public sealed class MarkdownSafetyTests
{
    private static readonly string[] AllowedTags = ["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br"];

    /// <summary>Only Markdown's own elements, only href and title, and nothing that runs or loads.</summary>
    private static void AssertOnlyMarkdown(string html)
    {
        HtmlScan.AssertSafe(html, html);
        foreach (var tag in HtmlScan.Tags(html))
        {
            Assert.Contains(tag.Name, AllowedTags);
            Assert.All(tag.Attributes, a => Assert.Contains(a.Name, new[] { "href", "title" }));
        }
    }

    [Theory]
    [InlineData("[lenke](javascript:alert(1))")]
    [InlineData("[lenke](JaVaScRiPt:alert(1))")]
    [InlineData("[lenke](jav&#x61;script:alert(1))")]
    [InlineData("[lenke](&#106;avascript:alert(1))")]
    [InlineData("[lenke](java&#x0A;script:alert(1))")]
    [InlineData("[lenke](java&#9;script:alert(1))")]
    [InlineData("[lenke](<javascript:alert(1)>)")]
    [InlineData("[lenke]( javascript:alert(1) \"tittel\")")]
    [InlineData("[lenke](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[lenke](vbscript:msgbox(1))")]
    [InlineData("[lenke](//tracker.example/p)")]
    [InlineData("[lenke](\\\\\\\\tracker.example/p)")]
    [InlineData("[lenke](/\\tracker.example/p)")]
    [InlineData("[lenke](file:///etc/passwd)")]
    [InlineData("[lenke][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[lenke]\n\n[lenke]: jav&#x61;script:alert(1) \"tittel\"")]
    [InlineData("[**lenke**](javascript:alert(1))")]
    public void A_link_to_anything_but_the_web_mail_or_the_site_keeps_its_words_and_loses_its_link(string markdown)
    {
        var html = CuratedTextRenderer.ToHtml(markdown);

        AssertOnlyMarkdown(html);
        Assert.DoesNotContain("<a", html);
        Assert.Contains("lenke", html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("<JAVASCRIPT:alert(1)>", "JAVASCRIPT:alert(1)")]
    [InlineData("<vbscript:msgbox(1)>", "vbscript:msgbox(1)")]
    [InlineData("<data:text/html,x>", "data:text/html,x")]
    [InlineData("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1))\n<javascript:alert(1)> [f][ref]\n\n[ref]: javascript:alert(2)", "javascript:alert(1)")]
    public void An_autolink_with_a_script_address_is_shown_as_text(string markdown, string text)
    {
        var html = CuratedTextRenderer.ToHtml(markdown);

        AssertOnlyMarkdown(html);
        Assert.DoesNotContain("<a", html);
        Assert.Contains(text, html);
    }

    [Theory]
    [InlineData("[SSB](https://www.ssb.no/statbank)", "https://www.ssb.no/statbank")]
    [InlineData("[SSB](HTTP://www.ssb.no/)", "HTTP://www.ssb.no/")]
    [InlineData("[skriv](mailto:post@imdi.no)", "mailto:post@imdi.no")]
    [InlineData("[metode](metode.html#method-trend)", "metode.html#method-trend")]
    [InlineData("[arbeid](#arbeid)", "#arbeid")]
    [InlineData("<https://www.imdi.no>", "https://www.imdi.no")]
    [InlineData("<post@imdi.no>", "mailto:post@imdi.no")]
    [InlineData("[kilde][ssb]\n\n[ssb]: https://www.ssb.no/", "https://www.ssb.no/")]
    public void Links_to_the_web_to_mail_and_inside_the_site_stay_links(string markdown, string href)
    {
        var html = CuratedTextRenderer.ToHtml(markdown);

        AssertOnlyMarkdown(html);
        Assert.Equal(href, Assert.Single(HtmlScan.Tags(html), t => t.Name == "a")["href"]);
    }

    [Theory]
    [InlineData("![sporingspiksel](https://tracker.example/p.png)")]
    [InlineData("![sporingspiksel](//tracker.example/p.png)")]
    [InlineData("![sporingspiksel](bilder/graf.png)")]
    [InlineData("![sporingspiksel][bilde]\n\n[bilde]: https://tracker.example/p.png")]
    [InlineData("![sporingspiksel](javascript:alert(1))")]
    public void An_image_is_shown_as_its_alt_text_and_loads_nothing(string markdown)
    {
        var html = CuratedTextRenderer.ToHtml(markdown);

        AssertOnlyMarkdown(html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("tracker.example", html);
        Assert.Contains("sporingspiksel", html);
    }

    [Fact]
    public void An_image_inside_a_link_leaves_the_link_and_the_alt_text()
    {
        var html = CuratedTextRenderer.ToHtml("[![logo](https://tracker.example/p.png)](https://www.ssb.no/)");

        AssertOnlyMarkdown(html);
        Assert.Equal("<p><a href=\"https://www.ssb.no/\">logo</a></p>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Tekst <img src=\"https://tracker.example/p.png\"> tekst")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<div onclick=\"alert(1)\">\n\nblokk\n\n</div>")]
    [InlineData("<a href=\"javascript:alert(1)\">lenke</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<style>@import url(https://evil.example/x.css);</style>")]
    [InlineData("<!-- <script>alert(1)</script> -->")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\">")]
    public void Raw_html_blocks_and_inline_html_are_shown_as_escaped_text(string markdown)
    {
        var html = CuratedTextRenderer.ToHtml(markdown);

        AssertOnlyMarkdown(html);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[lenke](https://www.ssb.no/ \"a\\\" onmouseover=\\\"alert(1)\")")]
    [InlineData("[lenke](https://www.ssb.no/ 'a\" onmouseover=\"alert(1)')")]
    [InlineData("[lenke](https://www.ssb.no/\"onmouseover=\"alert(1))")]
    [InlineData("[lenke][r]\n\n[r]: https://www.ssb.no/ \"\\\"><script>alert(1)</script>\"")]
    public void A_link_title_or_address_cannot_break_out_of_its_attribute(string markdown)
    {
        var html = CuratedTextRenderer.ToHtml(markdown);

        AssertOnlyMarkdown(html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Curated_text_through_the_whole_loader_is_made_safe_with_helpers_expanded()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,sex,value\n2022,imm,alle,60\n2023,imm,alle,61\n2023,rest,alle,80\n");
        edition.Text("""
            preface: |
              Se [{{ value "employment" group: "imm" }}](javascript:alert(1)) og ![x](https://tracker.example/p.png) <img src=x onerror=alert(1)>.
            indicators:
              employment: "[SSB](https://www.ssb.no/) <jav&#x61;script:alert(1)>"
            """);

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var preface = report.Text.Preface!;
        AssertOnlyMarkdown(preface);
        Assert.Contains("61,0\u00a0%", preface);
        Assert.DoesNotContain("<a", preface);
        AssertOnlyMarkdown(report.Text.IndicatorComments["employment"]);
        Assert.Contains("href=\"https://www.ssb.no/\"", report.Text.IndicatorComments["employment"]);
    }

    [Theory]
    [InlineData("Se [rapporten](javascript:alert(1)) her.", "unsafe-link", 20)]
    [InlineData("Se <vbscript:msgbox(1)> her.", "unsafe-link", 9)]
    [InlineData("Se ![graf](https://tracker.example/p.png) her.", "text-image", 16)]
    public void A_link_or_image_shown_as_text_is_a_warning_at_its_address(string sentence, string code, int column)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,sex,value\n2022,imm,alle,60\n2023,imm,alle,61\n2023,rest,alle,80\n");
        edition.Text($"indicators:\n  employment: |\n    Første linje.\n    {sentence}\n");

        var report = edition.Validate();

        var warning = Assert.Single(report.Diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("text.yaml", warning.Where.File);
        Assert.Equal((4, column), (warning.Where.Line, warning.Where.Column));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void A_link_to_the_web_gives_no_warning()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,sex,value\n2022,imm,alle,60\n2023,imm,alle,61\n2023,rest,alle,80\n");
        edition.Text("indicators:\n  employment: Se [SSB](https://www.ssb.no/) og [metoden](metode.html).\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code is "unsafe-link" or "text-image");
    }
}

using AnnualReport.Rendering;

namespace AnnualReport.Tests.Rendering;

/// <summary>The one allow-list for addresses on the pages, as the browser would read each address.</summary>
public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://www.ssb.no/statbank/table/09817")]
    [InlineData("http://www.imdi.no/")]
    [InlineData("mailto:post@imdi.no")]
    [InlineData("metode.html#method-trend")]
    [InlineData("#arbeid")]
    [InlineData("data/sysselsetting.csv")]
    [InlineData("?side=2")]
    public void Web_mail_and_site_links_are_allowed(string url) => Assert.Equal(url, SafeUrl.Link(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//tracker.example/p.png")]
    [InlineData("\\\\tracker.example/p.png")]
    [InlineData("/\\tracker.example/p.png")]
    [InlineData("https:")]
    [InlineData("https:tracker.example")]
    [InlineData("mailto:")]
    [InlineData("")]
    [InlineData(null)]
    public void Scripts_data_other_schemes_and_other_hosts_without_a_scheme_are_refused(string? url) => Assert.Null(SafeUrl.Link(url));

    [Theory]
    [InlineData("https://www.ssb.no/", "https://www.ssb.no/")]
    [InlineData("mailto:post@imdi.no", null)]
    [InlineData("kilde.html", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    public void A_catalogue_source_address_must_be_on_the_web(string url, string? expected) => Assert.Equal(expected, SafeUrl.Web(url));

    [Theory]
    [InlineData("arbeid.html", "arbeid.html")]
    [InlineData("levekår.html", "levekår.html")]
    [InlineData("0301.pdf", "0301.pdf")]
    [InlineData("javascript:alert(1)//.html", "./javascript%3Aalert%281%29%2F%2F.html")]
    [InlineData("//evil.example.html", "./%2F%2Fevil.example.html")]
    public void A_page_named_after_an_id_is_always_a_relative_link(string file, string href) => Assert.Equal(href, SafeUrl.Page(file));
}

using AnnualReport.Cli.Preview;
using AnnualReport.Rendering;

namespace AnnualReport.Tests.Preview;

/// <summary>What the preview server adds to a page it sends: the reload script with its nonce, and a policy that allows that script only.</summary>
public sealed class LiveReloadTests
{
    private static readonly string Page = $"""
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta http-equiv="Content-Security-Policy" content="{System.Net.WebUtility.HtmlEncode(ContentSecurityPolicy.For(null))}">
        </head>
        <body><main><p>Tekst</p></main></body>
        </html>
        """;

    [Fact]
    public void The_script_and_toolbar_come_before_the_end_of_the_body_with_the_nonce()
    {
        var html = LiveReload.Inject(Page, "abc123", 7, LiveReload.Toolbar("abc123", "Preview", "/_preview/nb.pdf", "PDF"));

        var script = html.IndexOf("<script nonce=\"abc123\">", StringComparison.Ordinal);
        Assert.True(script > html.IndexOf("</main>", StringComparison.Ordinal) && script < html.IndexOf("</body>", StringComparison.Ordinal), html);
        Assert.Contains("const served = \"7\"", html);
        Assert.Contains("new EventSource(\"/_preview/events\")", html);
        Assert.Contains("<a href=\"/_preview/nb.pdf\">PDF</a>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script"));
    }

    [Fact]
    public void The_policy_allows_this_nonce_and_the_server_and_nothing_else()
    {
        var html = LiveReload.Inject(Page, "abc123", 1, string.Empty);
        var policy = System.Text.RegularExpressions.Regex.Match(html, "Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;

        Assert.Contains("script-src 'nonce-abc123'", policy);
        Assert.Contains("style-src 'nonce-abc123' 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("http", policy);
        Assert.DoesNotContain("&#39;", policy);
    }

    [Fact]
    public void A_policy_that_named_scripts_gets_only_the_nonce()
    {
        var policy = LiveReload.Widen("default-src 'none'; script-src https://elsewhere.example; connect-src *", "n1");

        Assert.Equal("default-src 'none'; style-src 'nonce-n1'; script-src 'nonce-n1'; connect-src 'self'", policy);
    }

    [Fact]
    public void A_web_page_keeps_the_sites_own_explore_script_beside_the_nonce()
    {
        var policy = LiveReload.Widen(ContentSecurityPolicy.For(null, script: true), "n1");

        Assert.Contains("script-src 'nonce-n1' 'self';", policy);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(policy, "script-src"));
    }

    [Fact]
    public void The_error_page_lists_each_diagnostic_with_file_line_and_column_escaped()
    {
        var diagnostic = AnnualReport.Model.Diagnostic.Error("yaml-syntax", "<b>bad</b>", new AnnualReport.Model.SourceSpan("editions/2025/text.yaml", 12, 3));

        var html = ErrorPage.Html([diagnostic], "n1", 4);

        Assert.Contains("editions/2025/text.yaml(12,3): error yaml-syntax: &lt;b&gt;bad&lt;/b&gt;", html);
        Assert.Contains("<script nonce=\"n1\">", html);
        Assert.Contains("const served = \"4\"", html);
    }

    [Theory]
    [InlineData("127.0.0.1:8025", true)]
    [InlineData("localhost:8025", true)]
    [InlineData("[::1]:8025", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("attacker.example:8025", false)]
    [InlineData("127.0.0.1.attacker.example", false)]
    [InlineData("", false)]
    public void Only_requests_that_name_this_machine_are_answered(string host, bool answered) =>
        Assert.Equal(answered, PreviewServer.IsLocalHost(host));
}

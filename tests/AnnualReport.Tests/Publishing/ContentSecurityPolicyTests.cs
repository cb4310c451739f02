using System.Security.Cryptography;
using System.Text;
using AnnualReport.Municipal;
using AnnualReport.Publishing;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// Every generated page carries a Content-Security-Policy that forbids every load from elsewhere and
/// every script but the site's own explore script (<c>script-src 'self'</c>, on the publication's web
/// pages only), and a built site (publication and municipality pages) holds nothing else that runs or
/// loads from outside: no other or inline script, no event handler, no script address, no remote src,
/// link, url() or @import. The print document, the fact sheets and the root page carry no script at all.
/// </summary>
public sealed class ContentSecurityPolicyTests : IClassFixture<ContentSecurityPolicyTests.SampleSiteFolder>
{
    // One build of the sample's web pages for the tests that only read them, removed after the class.
    private readonly Lazy<Task<BuildResult>> Built;

    public ContentSecurityPolicyTests(SampleSiteFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Built = folder.Built;
    }

    private static BuildOptions Sample(string output) => new(RepositoryPaths.Catalogue)
    {
        Pdf = false,
        OutputDirectory = output,
        Date = new DateOnly(2025, 11, 20),
    };

    /// <summary>The policy of a page, as the browser reads it from the meta element in its head.</summary>
    private static Dictionary<string, string> Policy(string html, string page)
    {
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var metas = HtmlScan.Tags(head).Where(t => t.Name == "meta" && string.Equals(t["http-equiv"], "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(metas.Count == 1, $"{page} has {metas.Count} policies");

        // The policy must come before anything it governs.
        var meta = head.IndexOf("Content-Security-Policy", StringComparison.Ordinal);
        Assert.True(head.IndexOf("<link", StringComparison.Ordinal) is var link && (link < 0 || meta < link), page);
        Assert.True(head.IndexOf("<style", StringComparison.Ordinal) is var style && (style < 0 || meta < style), page);
        return metas[0]["content"]!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
    }

    /// <param name="explore">The page loads the site's own explore script (a web page of the publication).</param>
    private static void AssertForbidsScriptsAndOutsideLoads(string html, string page, bool explore)
    {
        var policy = Policy(html, page);
        Assert.Equal("'none'", policy["default-src"]);
        if (explore)
        {
            Assert.Equal("'self'", policy["script-src"]);
        }
        else
        {
            Assert.False(policy.ContainsKey("script-src"), $"{page}: scripts fall back to default-src 'none'");
        }

        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'none'", policy["form-action"]);
        Assert.Equal("'self'", policy["font-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.StartsWith("'self'", policy["style-src"]);
        Assert.DoesNotContain("unsafe", string.Join(" ", policy.Values));
        Assert.DoesNotContain("http", string.Join(" ", policy.Values));
        Assert.DoesNotContain("*", string.Join(" ", policy.Values));
    }

    /// <summary>
    /// The only script of a page is the shipped file, in the head of a web page of the publication,
    /// with no inline text; the print document, the municipal pages and the root page have none.
    /// </summary>
    private static void AssertOnlyTheShippedScript(string html, string page, bool explore)
    {
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Count;
        Assert.True(scripts == (explore ? 1 : 0), $"{page} has {scripts} scripts");
        if (explore)
        {
            var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
            Assert.Contains(HtmlScan.ShippedScript, head);
        }
    }

    /// <param name="publication">The folder is a language of the publication: its web pages load the explore script, its print document does not.</param>
    private static void AssertSiteIsSafe(string folder, bool publication = true)
    {
        var pages = Directory.GetFiles(folder, "*.html");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var explore = publication && Path.GetFileName(page) != HtmlRenderer.PrintPage;
            AssertForbidsScriptsAndOutsideLoads(html, Path.GetFileName(page), explore);
            AssertOnlyTheShippedScript(html, Path.GetFileName(page), explore);
            HtmlScan.AssertSafe(html, Path.GetFileName(page));

            // As text the words may appear (escaped, in a hostile edition); as an address never.
            Assert.DoesNotContain(HtmlScan.Tags(html).SelectMany(t => t.Attributes), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        foreach (var css in Directory.GetFiles(Path.Combine(folder, "assets"), "*.css"))
        {
            Assert.Empty(HtmlScan.CssProblems(File.ReadAllText(css)));
        }

        // The one script is the reviewed file from the templates, byte for byte: never made from input.
        var scripts = Directory.GetFiles(Path.Combine(folder, "assets"), "*.js");
        if (publication)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, SiteAssets.ExploreScript)), File.ReadAllBytes(Assert.Single(scripts)));
        }
    }

    [Fact]
    public async Task Every_page_of_the_built_publication_forbids_scripts_and_loads_nothing_from_elsewhere()
    {
        var result = await Built.Value;

        Assert.Equal(result.MainLanguage().Pages.Count, Directory.GetFiles(result.MainLanguage().Directory, "*.html").Length);
        AssertSiteIsSafe(result.MainLanguage().Directory);
    }

    [Fact]
    public async Task The_print_documents_running_headers_are_allowed_by_their_hash_and_nothing_else_inline()
    {
        var result = await Built.Value;

        var print = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, HtmlRenderer.PrintPage));
        var start = print.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length;
        var style = print[start..print.IndexOf("</style>", start, StringComparison.Ordinal)];
        var hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Equal($"'self' '{hash}'", Policy(print, "print.html")["style-src"]);
        foreach (var page in result.MainLanguage().Pages.Where(p => p != HtmlRenderer.PrintPage))
        {
            var html = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, page));
            Assert.DoesNotContain("<style", html);
            Assert.Equal("'self'", Policy(html, page)["style-src"]);
        }
    }

    [Fact]
    public async Task No_page_has_a_style_attribute_the_policy_would_block()
    {
        var result = await Built.Value;

        foreach (var page in result.MainLanguage().Pages)
        {
            var tags = HtmlScan.Tags(File.ReadAllText(Path.Combine(result.MainLanguage().Directory, page)));
            Assert.DoesNotContain(tags, t => t.Attributes.Any(a => a.Name == "style"));
        }
    }

    [Fact]
    [Trait("Tier", "Full")] // builds the sample edition's municipal products (or the sample twice): seconds, kept out of the fast tier
    public async Task Fact_sheets_the_municipal_index_and_the_statistics_bank_forbid_scripts_and_outside_loads()
    {
        using var temp = new TempDirectory();

        var result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(Sample(Path.Combine(temp.Path, "kommuner"))) { Only = ["0301"] });

        Assert.True(File.Exists(Path.Combine(result.MainLanguage().Directory, "0301.html")));
        Assert.NotEmpty(Directory.GetFiles(result.MainLanguage().Directory, "statistikkbank-*.html"));
        AssertSiteIsSafe(result.MainLanguage().Directory, publication: false);
    }

    [Fact]
    public async Task A_hostile_edition_builds_a_site_with_nothing_that_runs_or_loads_from_elsewhere()
    {
        using var edition = new HostileEdition();

        var result = await edition.BuildAsync();

        AssertSiteIsSafe(result.MainLanguage().Directory);
    }

    [Fact]
    public void The_policy_allows_an_inline_style_only_by_the_hash_of_its_exact_text()
    {
        var policy = ContentSecurityPolicy.For("@page { margin: 0 }");

        Assert.Contains("style-src 'self' 'sha256-", policy);
        Assert.Equal(ContentSecurityPolicy.Hash("@page { margin: 0 }"), ContentSecurityPolicy.Hash("@page { margin: 0 }"));
        Assert.NotEqual(ContentSecurityPolicy.Hash("@page { margin: 0 }"), ContentSecurityPolicy.Hash("@page { margin: 1px }"));
        Assert.Contains("style-src 'self';", ContentSecurityPolicy.For(null));
    }

    [Fact]
    public void Scripts_are_allowed_from_the_site_itself_only_and_only_when_asked()
    {
        Assert.DoesNotContain("script-src", ContentSecurityPolicy.For(null));
        Assert.DoesNotContain("script-src", ContentSecurityPolicy.For("@page { margin: 0 }"));
        Assert.Equal("default-src 'none'; script-src 'self'; img-src 'self' data:; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'", ContentSecurityPolicy.For(null, script: true));
    }

    [Fact]
    public void The_shipped_script_requests_nothing_runs_no_text_as_code_and_writes_no_markup()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Templates, SiteAssets.ExploreScript));

        // No request (the PNG is drawn from a data: address of the chart's own SVG), no code from text, no HTML from data.
        foreach (var forbidden in new[] { "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "import(", "http:", "https:", "eval(", "Function(", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "setAttribute('style'", "setTimeout('", "localStorage", "document.cookie" })
        {
            Assert.DoesNotContain(forbidden, script);
        }
    }

    /// <summary>The sample's web pages, built once when a test asks for them, in a temp folder removed afterwards.</summary>
    public sealed class SampleSiteFolder : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public SampleSiteFolder()
        {
            Built = new(() => ReportPipeline.BuildAsync(Sample(Path.Combine(_temp.Path, "2025"))));
        }

        public Lazy<Task<BuildResult>> Built { get; }

        public void Dispose() => _temp.Dispose();
    }
}

using System.Security.Cryptography;
using System.Text;
using AnnualReport.Municipal;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// Every generated page carries a Content-Security-Policy that forbids scripts and every load from
/// elsewhere, and a built site (publication and municipality pages) holds nothing that runs or loads
/// from outside: no script, no event handler, no script address, no remote src, link, url() or @import.
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

    private static void AssertForbidsScriptsAndOutsideLoads(string html, string page)
    {
        var policy = Policy(html, page);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.False(policy.ContainsKey("script-src"), $"{page}: scripts fall back to default-src 'none'");
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'none'", policy["form-action"]);
        Assert.Equal("'self'", policy["font-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.StartsWith("'self'", policy["style-src"]);
        Assert.DoesNotContain("unsafe", string.Join(" ", policy.Values));
        Assert.DoesNotContain("http", string.Join(" ", policy.Values));
        Assert.DoesNotContain("*", string.Join(" ", policy.Values));
    }

    private static void AssertSiteIsSafe(string folder)
    {
        var pages = Directory.GetFiles(folder, "*.html");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            AssertForbidsScriptsAndOutsideLoads(html, Path.GetFileName(page));
            HtmlScan.AssertSafe(html, Path.GetFileName(page));

            // As text the words may appear (escaped, in a hostile edition); as an address never.
            Assert.DoesNotContain(HtmlScan.Tags(html).SelectMany(t => t.Attributes), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        foreach (var css in Directory.GetFiles(Path.Combine(folder, "assets"), "*.css"))
        {
            Assert.Empty(HtmlScan.CssProblems(File.ReadAllText(css)));
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
        AssertSiteIsSafe(result.MainLanguage().Directory);
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

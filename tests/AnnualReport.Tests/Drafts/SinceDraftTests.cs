using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.Drafts;

/// <summary>
/// The sample edition as a first draft (no PDF), then one figure and one sentence changed in every
/// language and the second draft built with <c>--draft --since</c> the first, PDF and all.
/// </summary>
public sealed class SinceDraftFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string Old => Path.Combine(_temp.Path, "utkast-1");

    public string New => Path.Combine(_temp.Path, "utkast-2");

    public async Task InitializeAsync()
    {
        var catalogue = RepositoryPaths.CopySample(Path.Combine(_temp.Path, "project"));
        var edition = Path.GetDirectoryName(catalogue)!;
        BuildOptions Options(string output) => new(catalogue)
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = output,
            Draft = true,
            Date = new DateOnly(2025, 11, 20),
        };

        await ReportPipeline.BuildAsync(Options(Old) with { Pdf = false });
        Replace(Path.Combine(edition, "data", "sysselsetting.csv"), "2022,innvandrere,alle,alle,alle,68.9,", "2022,innvandrere,alle,alle,alle,68.5,");
        Replace(Path.Combine(edition, "text.yaml"), "men forskjellen er fortsatt stor.", "men forskjellen er fortsatt betydelig.");
        Replace(Path.Combine(edition, "text.nn.yaml"), "men skilnaden er framleis stor.", "men skilnaden er framleis betydeleg.");
        await ReportPipeline.BuildAsync(Options(New) with { Since = Old, Date = new DateOnly(2025, 11, 27) });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private static void Replace(string file, string old, string @new)
    {
        var text = File.ReadAllText(file);
        Assert.Equal(1, text.Split(old).Length - 1);
        File.WriteAllText(file, text.Replace(old, @new, StringComparison.Ordinal));
    }
}

[Trait("Tier", "Full")]
public sealed class SinceDraftTests(SinceDraftFixture builds) : IClassFixture<SinceDraftFixture>
{
    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "nb", "stor.", "betydelig.", "Endringer siden forrige utkast" },
        { "nn", "stor.", "betydeleg.", "Endringar sidan førre utkast" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_web_page_marks_the_sentence_and_the_figure(string language, string old, string @new, string _)
    {
        var page = File.ReadAllText(Path.Combine(builds.New, language, "arbeid.html"));

        Assert.Matches($"<del><span class=\"change-label\">[^<]+ </span>{Regex.Escape(old)}</del> <ins><span class=\"change-label\">[^<]+ </span>{Regex.Escape(@new)}</ins>", page);
        Assert.Matches("<tr><th scope=\"row\">2022</th><td class=\"changed\"><del><span class=\"change-label\">[^<]+ </span>68,9</del> <ins><span class=\"change-label\">[^<]+ </span>68,5</ins></td>", page);

        // Nothing else of the page is marked as taken out: the other figures moved with the one cell.
        Assert.DoesNotContain("class=\"draft-removed\"", page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_front_page_lists_the_changes_with_links_that_land(string language, string _, string @new, string heading)
    {
        var folder = Path.Combine(builds.New, language);
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        var list = Regex.Match(index, "<section class=\"draft-changes\".*?</section>", RegexOptions.Singleline).Value;

        Assert.Contains($">{heading}</h2>", list);
        Assert.Contains(@new, list);
        var links = Regex.Matches(list, "href=\"arbeid\\.html#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        var page = File.ReadAllText(Path.Combine(folder, "arbeid.html"));
        Assert.All(links, id => Assert.Contains($"id=\"{id}\"", page));
        Assert.Contains(links, id => Regex.IsMatch(page, $"id=\"{Regex.Escape(id)}\">(?:(?!</p>).)*{Regex.Escape(@new)}</ins>", RegexOptions.Singleline));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pdf_shows_old_and_new_words_and_opens_with_the_list(string language, string old, string @new, string heading)
    {
        var folder = Path.Combine(builds.New, language);
        var pdf = Directory.GetFiles(folder, "*.pdf").Single();
        var text = Regex.Replace(Poppler.Text(pdf), "\\s+", " ");

        Assert.Contains($"{old} {@new}", text);
        var list = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(list >= 0, "the PDF has no list of changes");
        Assert.True(list < text.IndexOf($"{old} {@new}", StringComparison.Ordinal), "the list of changes is not at the front");
        Assert.Contains(@new, text.Substring(list, 3000));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public void The_stamp_names_the_draft_number_and_the_build_it_was_compared_with(string language)
    {
        string Build(string root, string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(root, language, "analysis.json"))).RootElement.GetProperty("build").GetProperty(name).ToString();
        var oldFingerprint = Build(builds.Old, "fingerprint");

        Assert.Equal("2", Build(builds.New, "label"));
        Assert.Equal(oldFingerprint, Build(builds.New, "since"));
        var index = File.ReadAllText(Path.Combine(builds.New, language, "index.html"));
        Assert.Matches($"<dd class=\"stamp\">Utkast 2 [^<]*{oldFingerprint}</dd>", File.ReadAllText(Path.Combine(builds.New, language, "print.html")));
        Assert.Contains(oldFingerprint, index);
    }

    [Fact]
    public void Compare_reads_the_marked_draft_as_its_text()
    {
        var comparison = AnnualReport.Comparing.BuildComparer.Compare(builds.Old, builds.New, "nb", AnnualReport.Comparing.StampLabels.From(RepositoryPaths.Templates));

        var text = Assert.Single(comparison.Changes, c => c.Kind == "text-changed");
        Assert.Contains("fortsatt betydelig.", (string)text.New!);
        Assert.Single(comparison.Changes, c => c.Kind == "figure-changed");
    }

    [Fact]
    public async Task The_marked_pages_pass_axe_core()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });
        var context = await browser.NewContextAsync(new() { Offline = true, BypassCSP = true });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        // The draft's watermark is faint on purpose (a decoration, hidden from screen readers) and left out.
        foreach (var file in new[] { "index.html", "arbeid.html", "print.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(builds.New, "nb", file)).AbsoluteUri);
            await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
            var json = await page.EvaluateAsync<JsonElement>("""
                async () => {
                  const r = await axe.run({ exclude: [['.draft-watermark']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.nodes.length + ' × ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '')).join('; ')) };
                }
                """);
            Assert.True(json.GetProperty("passes").GetInt32() > 5, $"axe-core checked almost nothing on {file}");
            failures.AddRange(json.GetProperty("violations").EnumerateArray().Select(v => $"{file}: {v.GetString()}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}

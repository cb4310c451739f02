using System.Text.Json;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>axe-core, run in the same Chromium, on every generated page of every language and the root page (WCAG 2.1 A and AA rules).</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class AccessibilityTests(SampleBuildFixture build)
{
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Every_page_passes_axe_core_wcag21_aa()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });
        // The pages forbid every script by their Content-Security-Policy; axe-core is the test's own.
        var context = await browser.NewContextAsync(new() { Offline = true, BypassCSP = true });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        Assert.True(build.Result.MainLanguage().Pages.Count >= 6, "front page, four theme pages and the print page");
        var files = build.Result.Languages.SelectMany(l => l.Pages.Select(p => Path.Combine(l.Language, p))).Append(LanguageIndex.FileName);
        foreach (var file in files)
        {
            await page.GotoAsync(new Uri(Path.Combine(build.OutputDirectory, file)).AbsoluteUri);
            await page.AddScriptTagAsync(new() { Path = AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.nodes.length + ' × ' + v.help) };
                }
                """);

            // axe must really have looked at the page: rules that passed prove it ran.
            Assert.True(json.GetProperty("passes").GetInt32() > 5, $"axe-core checked almost nothing on {file}");
            failures.AddRange(json.GetProperty("violations").EnumerateArray().Select(v => $"{file}: {v.GetString()}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_page_has_one_h1_a_language_and_loads_nothing_from_elsewhere()
    {
        foreach (var (language, file) in build.Result.Languages.SelectMany(l => l.Pages.Select(p => (l.Language, Path.Combine(l.Directory, p)))).Append(("nb", Path.Combine(build.OutputDirectory, LanguageIndex.FileName))))
        {
            var html = File.ReadAllText(file);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
            Assert.Contains($"<html lang=\"{language}\">", html);
            Assert.DoesNotMatch(@"src=""(https?:)?//", html);
            Assert.DoesNotMatch(@"<link[^>]+href=""(https?:)?//", html);
        }

        foreach (var css in Directory.GetFiles(Path.Combine(build.Site, "assets"), "*.css"))
        {
            Assert.DoesNotMatch(@"url\(""?(https?:)?//", File.ReadAllText(css));
            Assert.DoesNotContain("@import", File.ReadAllText(css));
        }
    }
}

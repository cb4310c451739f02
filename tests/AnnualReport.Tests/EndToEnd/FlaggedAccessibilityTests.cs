using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Publishing;
using AnnualReport.Tests.Data.Eurostat;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// Pages whose latest figures the source flags (the Eurostat edition with Norway's 2023 figures
/// marked provisional) carry the marks in key figures, findings and charts, and still pass
/// axe-core (WCAG 2.1 A and AA): the visible mark is hidden from screen readers, which read its meaning.
/// </summary>
[Trait("Tier", "Full")]
public sealed partial class FlaggedAccessibilityTests
{
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Pages_with_flagged_latest_figures_pass_axe_core_wcag21_aa()
    {
        using var edition = EurostatEdition.Create();
        // Norway's rows end in 2023: that figure becomes provisional.
        edition.Data("lfsa_ergan.tsv", NorwayLast().Replace(File.ReadAllText(EurostatTsvReaderTests.Fixture("lfsa_ergan.tsv")), "$1 p"));
        var result = await ReportPipeline.BuildAsync(new BuildOptions(edition.CataloguePath)
        {
            Pdf = false,
            OutputDirectory = Path.Combine(edition.Root, "out"),
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            Date = new DateOnly(2025, 11, 20),
        });

        var nb = result.Language("nb");
        var front = File.ReadAllText(Path.Combine(nb.Directory, "index.html"));
        Assert.Contains("<span class=\"flag-marks\" aria-hidden=\"true\">p</span><span class=\"flag-meaning\"> (foreløpig tall)</span>", front, StringComparison.Ordinal);
        Assert.Matches("<p class=\"flag-notes\"[^>]*>p Foreløpig tall\\.</p>", front);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });
        var context = await browser.NewContextAsync(new() { Offline = true, BypassCSP = true });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var file in nb.Pages.Select(p => Path.Combine(nb.Directory, p)))
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            await page.AddScriptTagAsync(new() { Path = AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.nodes.length + ' × ' + v.help) };
                }
                """);
            Assert.True(json.GetProperty("passes").GetInt32() > 5, $"axe-core checked almost nothing on {file}");
            failures.AddRange(json.GetProperty("violations").EnumerateArray().Select(v => $"{Path.GetFileName(file)}: {v.GetString()}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [GeneratedRegex(@"(?m)^(A,PC,[^\t]*,NO(?:\t[^\t\n]*)*\t[\d.]+)\s*$")]
    private static partial Regex NorwayLast();
}

using System.Text.Json;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// The charts to explore, in the real Chromium, with the pages' own Content-Security-Policy in force
/// and the sample served over HTTP from 127.0.0.1: a data point focused with the keyboard shows its
/// value, year and group in a tooltip that matches the chart's table; the arrow keys move along the
/// years and between the lines; Escape hides it; the legend hides and shows a line; the PNG is made
/// in the browser; axe-core finds no violation with the script running; no request leaves the site.
/// </summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class ExploreTests(SampleBuildFixture build) : IAsyncLifetime
{
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    // What the focused point says and what the chart's table holds at its year and group (read in the page).
    private const string ReadFocused = """
        () => {
          const point = document.activeElement;
          if (!point || !point.matches('svg.chart [data-value]')) return null;
          const svg = point.closest('svg');
          const figure = svg.closest('figure');
          const series = point.closest('[data-series]').getAttribute('data-series');
          const year = point.getAttribute('data-year');
          const tipId = point.getAttribute('aria-describedby');
          const tip = tipId ? document.getElementById(tipId) : null;
          // The indicator's tables (the compact one beside the chart, the full ones under "all years"), fullest first.
          const tables = [...figure.closest('section.indicator').querySelectorAll('.data-table table')]
            .sort((a, b) => b.querySelectorAll('tbody tr').length - a.querySelectorAll('tbody tr').length);
          let cell = null;
          for (const table of tables) {
            const headers = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
            const row = [...table.querySelectorAll('tbody tr')].find(tr => tr.querySelector('th').textContent.trim() === year);
            const column = headers.indexOf(series);
            if (row && column > 0) { cell = row.children[column].textContent.trim(); break; }
          }
          return {
            chart: svg.getAttribute('aria-labelledby').split(' ')[0],
            series, year, value: point.getAttribute('data-value'),
            tip: tip && !tip.hidden ? tip.textContent : null,
            role: tip ? tip.getAttribute('role') : null,
            visible: !!tip && !tip.hidden && tip.getBoundingClientRect().width > 0,
            table: cell,
          };
        }
        """;

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private StaticSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = new StaticSite(build.OutputDirectory);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _site.Dispose();
    }

    /// <summary>A page of the site with its own policy in force; every request and every refusal by the policy is recorded.</summary>
    private async Task<(IPage Page, List<string> Requests, List<string> Refused)> OpenAsync(string path, bool bypassPolicy = false)
    {
        var context = await _browser.NewContextAsync(new() { BypassCSP = bypassPolicy, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var (requests, refused) = (new List<string>(), new List<string>());
        context.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        page.PageError += (_, error) => refused.Add(error);
        await page.GotoAsync(_site.BaseUrl + path);
        return (page, requests, refused);
    }

    private static async Task<JsonElement> FocusedAsync(IPage page) => await page.EvaluateAsync<JsonElement>(ReadFocused);

    /// <summary>Tabs from the top of the page until a chart's data point has the focus.</summary>
    private static async Task<JsonElement> TabToFirstPointAsync(IPage page)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page) is { ValueKind: JsonValueKind.Object } focused)
            {
                return focused;
            }
        }

        throw new Xunit.Sdk.XunitException("no data point of a chart took the focus from the keyboard");
    }

    private static void AssertTooltipMatchesTable(JsonElement focused)
    {
        var (series, year, value) = (focused.GetProperty("series").GetString()!, focused.GetProperty("year").GetString()!, focused.GetProperty("value").GetString()!);
        Assert.True(focused.GetProperty("visible").GetBoolean(), $"no tooltip shown for {series} {year}");
        Assert.Equal("tooltip", focused.GetProperty("role").GetString());
        Assert.Equal($"{series}, {year}: {value}", focused.GetProperty("tip").GetString());
        Assert.Equal(focused.GetProperty("table").GetString()!.TrimEnd('*'), value);
    }

    [Fact]
    public async Task A_point_focused_with_the_keyboard_shows_the_tables_value_and_the_arrow_keys_move()
    {
        var (page, requests, refused) = await OpenAsync("nb/arbeid.html");

        // The script ran under the page's own policy: the legend it shows is there.
        await page.WaitForSelectorAsync("ul.chart-legend:not([hidden])");
        var first = await TabToFirstPointAsync(page);
        AssertTooltipMatchesTable(first);
        var chart = first.GetProperty("chart").GetString();

        await page.Keyboard.PressAsync("ArrowRight");
        var right = await FocusedAsync(page);
        AssertTooltipMatchesTable(right);
        Assert.Equal(first.GetProperty("series").GetString(), right.GetProperty("series").GetString());
        Assert.True(int.Parse(right.GetProperty("year").GetString()!) > int.Parse(first.GetProperty("year").GetString()!));

        await page.Keyboard.PressAsync("ArrowDown");
        var down = await FocusedAsync(page);
        AssertTooltipMatchesTable(down);
        Assert.NotEqual(right.GetProperty("series").GetString(), down.GetProperty("series").GetString());
        Assert.Equal(right.GetProperty("year").GetString(), down.GetProperty("year").GetString());

        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(right.GetProperty("series").GetString(), (await FocusedAsync(page)).GetProperty("series").GetString());
        await page.Keyboard.PressAsync("End");
        AssertTooltipMatchesTable(await FocusedAsync(page));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(JsonValueKind.Null, (await FocusedAsync(page)).GetProperty("tip").ValueKind);

        // One tab stop per chart: the next Tab leaves it.
        await page.Keyboard.PressAsync("Tab");
        var next = await FocusedAsync(page);
        Assert.True(next.ValueKind != JsonValueKind.Object || next.GetProperty("chart").GetString() != chart, "Tab stayed inside the chart");

        Assert.Empty(refused);
        Assert.All(requests, r => Assert.StartsWith(_site.BaseUrl, r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_legend_button_hides_its_line_and_the_arrow_keys_skip_it()
    {
        var (page, requests, refused) = await OpenAsync("nb/arbeid.html");
        var figure = page.Locator("figure.chart").Filter(new() { Has = page.Locator("ul.chart-legend li:nth-child(3)") }).First;
        var button = figure.Locator("ul.chart-legend button").Nth(1);
        await button.WaitForAsync();
        var name = await button.GetAttributeAsync("data-series");

        await button.ClickAsync();

        Assert.Equal("false", await button.GetAttributeAsync("aria-pressed"));
        var hidden = await figure.EvaluateAsync<bool[]>("(f, name) => [...f.querySelectorAll('svg.chart [data-series]')].filter(e => e.getAttribute('data-series') === name).map(e => getComputedStyle(e).display === 'none')", name);
        Assert.NotEmpty(hidden);
        Assert.All(hidden, Assert.True);

        // From the first line down: the hidden second line is skipped.
        await figure.Locator("svg.chart [data-value][tabindex='0']").FocusAsync();
        var top = await FocusedAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        var below = await FocusedAsync(page);
        AssertTooltipMatchesTable(below);
        Assert.NotEqual(name, below.GetProperty("series").GetString());
        Assert.NotEqual(top.GetProperty("series").GetString(), below.GetProperty("series").GetString());

        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        Assert.Equal(0, await figure.EvaluateAsync<int>("(f, name) => [...f.querySelectorAll('svg.chart [data-series]')].filter(e => e.getAttribute('data-series') === name && getComputedStyle(e).display === 'none').length", name));

        Assert.Empty(refused);
        Assert.All(requests, r => Assert.StartsWith(_site.BaseUrl, r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_png_is_drawn_in_the_browser_and_the_csv_and_svg_files_are_there()
    {
        var (page, requests, refused) = await OpenAsync("nb/arbeid.html");
        var figure = page.Locator("figure.chart").First;
        var png = figure.Locator(".chart-png button");
        await png.WaitForAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => png.ClickAsync());
        var file = await download.PathAsync();

        Assert.EndsWith(".png", download.SuggestedFilename);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(file!)[..4]);
        foreach (var link in await figure.Locator(".chart-downloads a").AllAsync())
        {
            var href = await link.GetAttributeAsync("href");
            Assert.True(File.Exists(Path.Combine(build.Site, href!)), href);
        }

        Assert.Empty(refused);
        Assert.All(requests, r => Assert.StartsWith(_site.BaseUrl, r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Axe_core_finds_no_violation_with_the_script_running()
    {
        var failures = new List<string>();
        var pages = build.Result.Languages.SelectMany(l => l.Pages.Where(p => p != AnnualReport.Rendering.HtmlRenderer.PrintPage).Select(p => $"{l.Language}/{p}")).ToList();
        Assert.True(pages.Count >= 12, string.Join(", ", pages));
        foreach (var path in pages)
        {
            // The test's own axe-core needs the policy bypassed; the page's script runs either way.
            var (page, _, refused) = await OpenAsync(path, bypassPolicy: true);
            await page.WaitForLoadStateAsync(LoadState.Load);
            if (await page.Locator("svg.chart [data-value]").CountAsync() > 0)
            {
                // With a tooltip shown and a line hidden, as a reader leaves them.
                await page.Locator("svg.chart [data-value][tabindex='0']").First.FocusAsync();
                if (await page.Locator("ul.chart-legend:not([hidden]) button").CountAsync() > 1)
                {
                    await page.Locator("ul.chart-legend button").Nth(1).ClickAsync();
                    await page.Locator("svg.chart [data-value][tabindex='0']").First.FocusAsync();
                }

                Assert.True(await page.Locator(".chart-tooltip:not([hidden])").CountAsync() == 1, $"{path}: no tooltip shown");
            }

            await page.AddScriptTagAsync(new() { Path = AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.nodes.length + ' × ' + v.help + ' ' + v.nodes.slice(0, 2).map(n => n.html.slice(0, 120)).join(' | ')) };
                }
                """);
            Assert.True(json.GetProperty("passes").GetInt32() > 5, $"axe-core checked almost nothing on {path}");
            failures.AddRange(json.GetProperty("violations").EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
            failures.AddRange(refused.Select(r => $"{path}: {r}"));
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Municipal;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace AnnualReport.Tests.Municipal;

/// <summary>Fact sheets and statistics bank built for real: PDFs read with poppler, pages checked with axe-core.</summary>
[Trait("Tier", "Full")]
public sealed class MunicipalBuildTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    private MunicipalResult _result = null!;

    private string Out => _result.MainLanguage().Directory;

    public async Task InitializeAsync()
    {
        _result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(_temp.Path, "kommuner"),
            Date = new DateOnly(2025, 11, 20),
        })
        {
            Only = ["0301", "3301", "1101"],
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_fact_sheet_is_a_tagged_pdf_of_two_to_four_pages()
    {
        Assert.Equal(["nb", "nn"], _result.Languages.Select(l => l.Language));
        Assert.Equal(3 * 2, _result.Pdfs);
        foreach (var (language, code) in from l in _result.Languages from c in new[] { "0301", "3301", "1101" } select (l, c))
        {
            var pdf = Path.Combine(language.Directory, $"{code}.pdf");
            var pages = Poppler.PageCount(pdf);
            Assert.InRange(pages, 2, 4);
            Assert.Equal("yes", Poppler.Field(Poppler.Info(pdf), "Tagged"));
        }

        foreach (var code in new[] { "0301", "3301", "1101" })
        {
            var text = Regex.Replace(Poppler.Text(Path.Combine(Out, $"{code}.pdf")), @"\s+", " ");
            Assert.Contains("signifikant", text);
            Assert.Contains("Mot resten av landet", text);
        }
    }

    [Fact]
    public void A_small_municipality_shows_the_symbol_and_the_rule_not_the_figure()
    {
        var html = File.ReadAllText(Path.Combine(Out, "1101.html"));

        Assert.Contains("vises ikke fordi tallene bygger på for få personer (:)", html);
        Assert.Contains("Vises ikke fordi tallet bygger på 3 eller færre personer", html);
    }

    [Fact]
    public void The_statistics_bank_lists_every_municipality_county_and_the_country()
    {
        var html = File.ReadAllText(Path.Combine(Out, "statistikkbank-kSysselsetting.html"));

        Assert.Equal(1 + 15 + 357, Regex.Matches(html, "<tr( class=\"region\")?><td class=\"text\">").Count);
        Assert.Contains(">Kárášjohka - Karasjok<", html);
    }

    [Fact]
    public void The_spreadsheet_is_valid_and_has_a_row_per_published_figure()
    {
        using var document = SpreadsheetDocument.Open(Path.Combine(Out, "kommunetall.xlsx"), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = document.WorkbookPart!.WorksheetParts.Sum(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
        Assert.True(rows > 5 * (357 + 16), $"{rows} rows");
    }

    [Fact]
    public async Task Fact_sheet_index_and_bank_pages_pass_axe_core()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Args = ["--disable-background-networking", "--disable-gpu"] });
        // The pages forbid every script by their Content-Security-Policy; axe-core is the test's own.
        var page = await (await browser.NewContextAsync(new() { Offline = true, BypassCSP = true })).NewPageAsync();
        var failures = new List<string>();
        foreach (var file in new[] { "index.html", "3301.html", "1101.html", "statistikkbank-kSysselsetting.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(Out, file)).AbsoluteUri);
            await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
            var result = await page.EvaluateAsync<JsonElement>(
                "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }); return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.help) }; }");
            Assert.True(result.GetProperty("passes").GetInt32() > 5);
            failures.AddRange(result.GetProperty("violations").EnumerateArray().Select(v => $"{file}: {v.GetString()}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

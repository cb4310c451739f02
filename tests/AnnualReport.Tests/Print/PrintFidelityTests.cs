using System.Net;
using System.Text.RegularExpressions;
using AnnualReport.Municipal;
using AnnualReport.Publishing;
using AnnualReport.Tests.EndToEnd;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.Print;

/// <summary>
/// Print loses nothing: every column header and number of a web table is in its PDF's text,
/// every web page reflows at 320 CSS px, and bookmarks keep the headings' words.
/// </summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed partial class PrintFidelityTests(SampleBuildFixture build) : IAsyncLifetime
{
    // 5538 Storfjord - Omasvuotna - Omasvuono: the longest name, whose heading wraps in print.
    private static readonly string[] Sheets = ["0301", "1101", "3301", "5538"];

    private readonly TempDirectory _temp = new();

    private MunicipalResult _municipal = null!;

    public async Task InitializeAsync()
    {
        _municipal = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(_temp.Path, "kommuner"),
            Date = SampleBuildFixture.BuildDate,
        })
        {
            Only = Sheets,
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("0301")]
    [InlineData("1101")]
    [InlineData("3301")]
    [InlineData("5538")]
    public void Every_column_header_and_number_of_the_fact_sheet_table_is_in_its_pdf(string code)
    {
        var html = File.ReadAllText(Path.Combine(_municipal.MainLanguage().Directory, $"{code}.html"));
        var pdf = PdfWords(Path.Combine(_municipal.MainLanguage().Directory, $"{code}.pdf"));
        var table = Tables(html).Single(t => t.Contains("fact-table", StringComparison.Ordinal));

        AssertInPdf(table, pdf, code);
    }

    [Fact]
    public void Every_column_header_and_number_of_the_national_tables_is_in_the_pdf()
    {
        var pdf = PdfWords(build.Pdf);
        var print = File.ReadAllText(Path.Combine(build.Site, "print.html"));
        var tables = Tables(print).ToList();

        Assert.True(tables.Count > 40, $"only {tables.Count} tables in print.html");
        foreach (var table in tables)
        {
            AssertInPdf(table, pdf, "print.html");
        }
    }

    [Fact]
    public async Task Every_web_page_and_fact_sheet_reflows_at_320_css_px()
    {
        var pages = build.Result.MainLanguage().Pages.Where(p => p != "print.html").Select(p => Path.Combine(build.Site, p))
            .Concat(Sheets.Select(c => Path.Combine(_municipal.MainLanguage().Directory, $"{c}.html")))
            .Append(Path.Combine(_municipal.MainLanguage().Directory, "index.html"))
            .Concat(Directory.GetFiles(_municipal.MainLanguage().Directory, "statistikkbank-*.html"))
            .ToList();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });
        var context = await browser.NewContextAsync(new() { Offline = true, ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        Assert.True(pages.Count >= 12, $"{pages.Count} pages");
        foreach (var file in pages)
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            await page.EvaluateAsync("() => document.fonts.ready");
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320)
            {
                // The widest element outside a table's own scroll region, to say what does not wrap.
                var culprit = await page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => !e.closest('.data-table') && e.getBoundingClientRect().right > 320)
                      .map(e => e.tagName + '.' + e.className + ' «' + (e.textContent || '').trim().slice(0, 40) + '» ' + Math.round(e.getBoundingClientRect().right))
                      .slice(-3).join(' | ')
                    """);
                failures.Add($"{Path.GetFileName(file)}: scrollWidth {width}: {culprit}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_bookmark_is_its_headings_text_even_where_the_heading_wraps()
    {
        var pdfs = Sheets.Select(c => (Html: Path.Combine(_municipal.MainLanguage().Directory, $"{c}.html"), Pdf: Path.Combine(_municipal.MainLanguage().Directory, $"{c}.pdf")))
            .Append((Html: Path.Combine(build.Site, "print.html"), Pdf: build.Pdf));
        var failures = new List<string>();

        foreach (var (html, pdf) in pdfs)
        {
            var headings = HeadingElement().Matches(File.ReadAllText(html)).Select(m => Space().Replace(Text(m.Groups[1].Value), " ").Trim()).ToHashSet(StringComparer.Ordinal);
            var titles = PdfOutline.Titles(pdf);
            Assert.NotEmpty(titles);
            failures.AddRange(titles.Where(t => !headings.Contains(t)).Select(t => $"{Path.GetFileName(pdf)}: «{t}»"));
        }

        Assert.Contains("Storfjord - Omasvuotna - Omasvuono: Integrering i kommunene 2025", PdfOutline.Titles(Path.Combine(_municipal.MainLanguage().Directory, "5538.pdf")));
        Assert.True(failures.Count == 0, "bookmarks that are not a heading's text: " + string.Join(" | ", failures));
    }

    private static void AssertInPdf(string table, Printed pdf, string where)
    {
        var caption = Text(CaptionOf().Match(table).Groups[1].Value);
        var headers = ColumnHeader().Matches(table).Select(m => Text(m.Groups[1].Value))
            .Where(header => Space().Split(header.Trim()).Select(Bare).Any(word => word.Length > 0 && !pdf.Has(word)));
        var numbers = Cell().Matches(table).Select(m => Text(Svg().Replace(m.Groups[1].Value, " "))).SelectMany(Numbers)
            .Where(number => !Regex.IsMatch(pdf.Layout, $@"(?<![\d,]){Regex.Escape(number)}(?!\d|,\d)"));
        var missing = headers.Concat(numbers).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{where}, «{caption}»: not in the PDF: {string.Join(" | ", missing)}");
    }

    /// <summary>
    /// A PDF's words (reading order, a word hyphenated at a line end joined again, so a wrapped
    /// header is found in any column order) and its layout text (a number stays whole on its line).
    /// </summary>
    private sealed record Printed(HashSet<string> Words, string Layout)
    {
        /// <summary>The word, or its two halves where print hyphenated it ("Kommune-" … "gruppen").</summary>
        public bool Has(string word) =>
            Words.Contains(word) || Enumerable.Range(2, Math.Max(0, word.Length - 3)).Any(i => Words.Contains(word[..i]) && Words.Contains(word[i..]));
    }

    private static Printed PdfWords(string pdf)
    {
        var reading = string.Join("\n", Enumerable.Range(1, Poppler.PageCount(pdf)).Select(page => Poppler.ReadingText(pdf, page)));
        reading = Hyphenated().Replace(reading.Replace("\u00AD", string.Empty, StringComparison.Ordinal), "$1");
        return new Printed(Space().Split(Spaces(reading)).Select(Bare).ToHashSet(StringComparer.Ordinal), Space().Replace(Spaces(Poppler.Text(pdf)), " "));
    }

    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static string Bare(string word) => word.Trim('(', ')', ',', '.', ';', ':', '«', '»', '–', '-');

    /// <summary>The numbers of a cell as printed ("73,0", "176 020", "−2,1"), without marks.</summary>
    private static IEnumerable<string> Numbers(string cell) => Number().Matches(cell).Select(m => m.Value);

    private static IEnumerable<string> Tables(string html) => TableElement().Matches(html).Select(m => m.Value);

    /// <summary>Visible text of an HTML fragment: tags and soft hyphens gone, entities decoded.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " ")).Replace("\u00AD", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"<table[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex(@"<h[1-6][^>]*>(.*?)</h[1-6]>", RegexOptions.Singleline)]
    private static partial Regex HeadingElement();

    [GeneratedRegex(@"<caption>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionOf();

    [GeneratedRegex(@"<th scope=""col"">(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex ColumnHeader();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"[−+-]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(\p{Ll})-[ ]*\n\s*(?=\p{Ll})")]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

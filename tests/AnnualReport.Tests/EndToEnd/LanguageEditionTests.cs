using System.Net;
using System.Text.RegularExpressions;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// Issue 14's "done when", end to end with the real browser: the sample's nynorsk publication has
/// no bokmål-only word, and another office's English edition (its own catalogue, text and data)
/// has no Norwegian word in its pages, PDF, bookmarks, downloads or analysis.json, with en-GB formats.
/// </summary>
[Trait("Tier", "Full")]
[Collection(SampleBuildCollection.Name)]
public sealed partial class LanguageEditionTests(SampleBuildFixture sample) : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    private BuildResult _english = null!;

    public async Task InitializeAsync()
    {
        _english = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.FixtureCatalogue("other-office"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(_temp.Path, "out"),
            Date = new DateOnly(2025, 11, 20),
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_nynorsk_site_and_pdf_have_no_bokmal_only_word()
    {
        var nynorsk = sample.Result.Language("nn");

        foreach (var page in nynorsk.Pages)
        {
            var html = File.ReadAllText(Path.Combine(nynorsk.Directory, page));
            Assert.Contains("<html lang=\"nn\">", html);
            AssertNone(Bokmal(), ReaderText(html), $"nn/{page}");
        }

        AssertNone(Bokmal(), Poppler.Text(nynorsk.PdfPath!), "the nynorsk PDF");
        AssertNone(Bokmal(), string.Join("\n", PdfOutline.Titles(nynorsk.PdfPath!)), "the nynorsk bookmarks");
        Assert.Matches(@"/Lang\s*\(nn\)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(nynorsk.PdfPath!)));
    }

    [Fact]
    public void The_language_versions_link_each_other()
    {
        var bokmal = File.ReadAllText(Path.Combine(sample.Result.Language("nb").Directory, "metode.html"));
        var nynorsk = File.ReadAllText(Path.Combine(sample.Result.Language("nn").Directory, "index.html"));

        Assert.Contains("<a href=\"../nn/metode.html\" hreflang=\"nn\" lang=\"nn\">Nynorsk</a>", bokmal);
        Assert.Contains("<a href=\"../nb/index.html\" hreflang=\"nb\" lang=\"nb\">Bokmål</a>", nynorsk);
    }

    [Fact]
    public void The_english_edition_has_no_norwegian_word_in_its_pages()
    {
        var english = _english.MainLanguage();
        Assert.Equal("en", english.Language);
        Assert.Contains("method.html", english.Pages);

        foreach (var page in english.Pages)
        {
            var html = File.ReadAllText(Path.Combine(english.Directory, page));
            Assert.Contains("<html lang=\"en\">", html);
            AssertNone(Norwegian(), ReaderText(html), page);
            AssertNone(DecimalComma(), ReaderText(html), page);
        }

        var front = ReaderText(File.ReadAllText(Path.Combine(english.Directory, "index.html")));
        Assert.Contains("68.6%*", front);
        Assert.Contains("\u22129.8\u00a0percentage points", front);
    }

    [Fact]
    public void The_english_pdf_and_its_bookmarks_have_no_norwegian_word()
    {
        var pdf = _english.MainLanguage().PdfPath!;
        var text = Poppler.Text(pdf);

        AssertNone(Norwegian(), text, "the PDF");
        AssertNone(DecimalComma(), text, "the PDF");
        AssertNone(Norwegian(), string.Join("\n", PdfOutline.Titles(pdf)), "the bookmarks");
        Assert.Contains("built 20 November 2025", text);
        Assert.Matches(@"\d+ of \d+", text);
        Assert.Matches(@"/Lang\s*\(en\)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
        Assert.Contains("built 20 November 2025", Poppler.Field(Poppler.Info(pdf), "Keywords"));
    }

    [Fact]
    public void The_english_downloads_and_analysis_json_have_no_norwegian_word()
    {
        var folder = _english.MainLanguage().Directory;
        foreach (var csv in Directory.GetFiles(Path.Combine(folder, "data"), "*.csv"))
        {
            AssertNone(Norwegian(), File.ReadAllText(csv), Path.GetFileName(csv));
        }

        using (var workbook = SpreadsheetDocument.Open(Path.Combine(folder, Downloads.Spreadsheet), false))
        {
            var part = workbook.WorkbookPart!;
            var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText) ?? [];
            var inline = part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<InlineString>()).Select(s => s.InnerText);
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!);
            AssertNone(Norwegian(), string.Join("\n", strings.Concat(inline).Concat(sheets)), Downloads.Spreadsheet);
        }

        AssertNone(Norwegian(), File.ReadAllText(Path.Combine(folder, "analysis.json")), "analysis.json");
    }

    private static void AssertNone(Regex words, string text, string where)
    {
        var found = words.Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, $"{where}: {string.Join(", ", found)}");
    }

    /// <summary>What a reader reads: the page without its tags, with the SVG's title and description kept.</summary>
    private static string ReaderText(string html) => WebUtility.HtmlDecode(Tags().Replace(Style().Replace(html, " "), " "));

    /// <summary>Norwegian words an English publication would never hold, in bokmål and nynorsk, and the three letters.</summary>
    [GeneratedRegex(@"[æøåÆØÅ]|\b(og|ikke|ikkje|av|er|til|fra|med|som|siden|sidan|eller|hele|heile|kilde|kjelde|Kilde|Kjelde|Innhold|Innhald|Forord|Føreord|Metode|Prosent|prosentpoeng|Antall|Utvikling|Utvikling|Hovedindikator|Hovudindikator|Verdi|I alt|Brudd|Brot|bygget|bygd|Utgave|Utkast|Lenke|Symboler|Betydning|Tabell|tabell|Forskjell|mot|redusert|økt|uendret)\b")]
    private static partial Regex Norwegian();

    /// <summary>Words bokmål has and nynorsk writes otherwise (the issue's list and a few more of the page chrome).</summary>
    [GeneratedRegex(@"\b(ikke|hvordan|fra|Innhold|Kilde|hvor|hvilke|Forord|Utgiver|bygget|Hele|Hopp til hovedinnholdet)\b")]
    private static partial Regex Bokmal();

    /// <summary>A decimal comma (65,8), which en-GB never writes; thousands (2,772,928) have three digits after it.</summary>
    [GeneratedRegex(@"\b\d+,\d{1,2}\b(?!\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<style>[\\s\\S]*?</style>")]
    private static partial Regex Style();
}

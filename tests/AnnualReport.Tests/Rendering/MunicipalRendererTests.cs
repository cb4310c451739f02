using System.Net;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Rendering;
using AnnualReport.Tests.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>The municipal pages and spreadsheet in each shipped language: the words are the phrase book's, the numbers the culture's.</summary>
public sealed partial class MunicipalRendererTests(MunicipalFixture sample) : IClassFixture<MunicipalFixture>
{
    private static readonly BuildStamp Stamp = new(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: true);

    private static readonly MunicipalMethodView Method = new(5, 0, "benjamini-hochberg", 3, 20);

    /// <summary>Bokmål words of the pages' own text that another language must not show (the catalogue's texts are the edition's, and stay bokmål here).</summary>
    private static readonly string[] BokmalOnly =
        ["ikke", "høyere", "lavere", "Kilde", "fra", "tallene", "sammenlignes", "sammenlignet", "forskjellig", "bygger", "personer", "flyktninger", "befolkningen", "Indikatorer", "utgaven", "bygget", "Utgave", "hovedinnholdet"];

    /// <summary>Words bokmål and nynorsk share, which an English page must not show either.</summary>
    private static readonly string[] Norwegian =
        ["kommunen", "fylket", "landet", "signifikant", "Befolkning", "Justert", "Utvikling", "Kommunenummer", "oppsummert", "prosent", "prosentpoeng", "Utkast", "UTKAST", "Indikator", "Landet", "Fylket", "intervall"];

    private IReadOnlyList<RenderedPage> Render(string language, params string[] codes) =>
        new MunicipalRenderer(RepositoryPaths.Templates, MunicipalFixture.Phrases(language))
            .Render(sample.Catalogue, sample.Analysis, codes.Select(c => sample.Analysis.FactSheet(sample.Analysis.Geography.Find(c)!)).ToList(), Stamp);

    /// <summary>The page's text as a reader sees it, without the catalogue's own texts (titles, labels, names), which are the edition's to translate.</summary>
    private string ReaderText(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(Svg().Replace(html, " "), " "));
        var catalogue = sample.Catalogue;
        string[] edition =
        [
            catalogue.Municipalities!.Title, catalogue.Municipalities.CountryName ?? string.Empty, catalogue.Edition.Publisher,
            .. catalogue.Municipalities.Indicators.SelectMany(i => new[] { i.Title, i.Definition, i.Source.Name }),
            .. catalogue.Groups.Select(g => g.Label),
            .. catalogue.Municipalities.Indicators.SelectMany(i => i.Groups).Select(g => catalogue.FindGroup(g)!.Label),
        ];
        foreach (var known in edition.Where(e => e.Length > 0).OrderByDescending(e => e.Length))
        {
            text = text.Replace(known, " ", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    [Theory]
    [InlineData("nn")]
    [InlineData("en")]
    public void Fact_sheets_and_bank_pages_in_nynorsk_and_english_have_no_bokmal_words(string language)
    {
        var pages = Render(language, "3301", "1101", "1508");
        var forbidden = language == "en" ? [.. BokmalOnly, .. Norwegian] : BokmalOnly;

        foreach (var page in pages.Where(p => p.FileName is "3301.html" or "1101.html" or "1508.html" or "index.html" || p.FileName.EndsWith("kIntro.html", StringComparison.Ordinal)))
        {
            Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
            var text = ReaderText(page.Html);
            var found = forbidden.Where(w => Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})")).ToList();
            Assert.True(found.Count == 0, $"{language} {page.FileName}: {string.Join(", ", found)}");
        }
    }

    [Fact]
    public void An_english_fact_sheet_writes_numbers_and_dates_as_en_gb()
    {
        var html = Render("en", "3301").Single(p => p.FileName == "3301.html").Html;

        Assert.Contains("Innvandrere: 27,510 people, 26.7% of the population (2023)", html);
        Assert.Contains("(26.7% compared with 19.3%)", html);
        Assert.Contains("1,902 refugees settled in 2023", html);
        Assert.Contains("Draft 2025, built 20 November 2025", html);
        Assert.Contains("<td>68.8 <span class=\"sub\">(68–70)</span></td>", html);
        Assert.DoesNotContain("68,8", html);
    }

    [Fact]
    public void The_bokmal_fact_sheet_reads_as_before()
    {
        var pages = Render("nb", "1101", "3301");
        var small = pages.Single(p => p.FileName == "1101.html").Html;
        var drammen = pages.Single(p => p.FileName == "3301.html").Html;

        Assert.Contains("vises ikke fordi tallene bygger på for få personer (:)", small);
        Assert.Contains("Vises ikke fordi tallet bygger på 3 eller færre personer", small);
        Assert.Contains("Innvandrere: 27\u00a0510 personer, 26,7\u00a0% av befolkningen (2023)", drammen);
        Assert.Contains("Andelen sysselsatte innvandrere 20–66 år i Drammen er signifikant lavere enn i resten av landet (68,8\u00a0% mot 72,0\u00a0%).", drammen);
        // The adjusted rate names the method and what it is, never direct standardisation's "same composition as the country".
        Assert.Contains("Indirekte standardisert for botid er andelen 72,3\u00a0%: landets andel ganget med forholdet mellom observert og forventet antall i Drammen (1,005)", drammen);
        Assert.DoesNotContain("samme sammensetning som landet", drammen);
        Assert.Contains("Benjamini–Hochbergs metode", drammen);
        Assert.DoesNotContain("&shy;", drammen);

        // The check of the other languages would see these words, were they there.
        Assert.All(["ikke", "høyere", "lavere", "Kilde", "personer", "Indikatorer"], w => Assert.Matches($@"(?<!\p{{L}}){w}(?!\p{{L}})", ReaderText(small + drammen + pages.Single(p => p.FileName.EndsWith("kIntro.html", StringComparison.Ordinal)).Html)));
    }

    [Theory]
    [InlineData("nb", 0, "Ingen flyktninger bosatt i 2024", "Innvandrere: 1 person, 0,1\u00a0% av befolkningen (2024)", "Største landbakgrunn blant innvandrerne: Polen: 1.")]
    [InlineData("nb", 1, "1 flyktning bosatt i 2024", "Innvandrere: 2 personer, 0,1\u00a0% av befolkningen (2024)", "Største landbakgrunner blant innvandrerne: Polen: 1 og Syria: 2.")]
    [InlineData("nb", 2, "2 flyktninger bosatt i 2024", "Innvandrere: 3 personer, 0,1\u00a0% av befolkningen (2024)", "Største landbakgrunner blant innvandrerne: Polen: 1, Syria: 2 og Eritrea: 3.")]
    [InlineData("nn", 0, "Ingen flyktningar busette i 2024", "Innvandrere: 1 person, 0,1\u00a0% av befolkninga (2024)", "Største landbakgrunn blant innvandrarane: Polen: 1.")]
    [InlineData("nn", 1, "1 flyktning busett i 2024", "Innvandrere: 2 personar, 0,1\u00a0% av befolkninga (2024)", "Største landbakgrunnar blant innvandrarane: Polen: 1 og Syria: 2.")]
    [InlineData("nn", 2, "2 flyktningar busette i 2024", "Innvandrere: 3 personar, 0,1\u00a0% av befolkninga (2024)", "Største landbakgrunnar blant innvandrarane: Polen: 1, Syria: 2 og Eritrea: 3.")]
    [InlineData("en", 0, "No refugees settled in 2024", "Innvandrere: 1 person, 0.1% of the population (2024)", "Largest country background among immigrants: Polen: 1.")]
    [InlineData("en", 1, "1 refugee settled in 2024", "Innvandrere: 2 people, 0.1% of the population (2024)", "Largest country backgrounds among immigrants: Polen: 1 and Syria: 2.")]
    [InlineData("en", 2, "2 refugees settled in 2024", "Innvandrere: 3 people, 0.1% of the population (2024)", "Largest country backgrounds among immigrants: Polen: 1, Syria: 2 and Eritrea: 3.")]
    public void Counted_sentences_agree_with_their_number(string language, int n, string settled, string population, string backgrounds)
    {
        string[] countries = ["Polen", "Syria", "Eritrea"];
        var sheet = new FactSheetView(
            "9999", "Testby", "Testfylke", null,
            [new PopulationView("Innvandrere", n + 1, 0.1, 1, "percent", 2024)],
            [new SettledView(2024, n)],
            [.. countries.Take(n + 1).Select((c, i) => new BackgroundView(c, i + 1))],
            [], [], Illustrative: false);
        var engine = new TemplateEngine(RepositoryPaths.Templates, MunicipalFixture.Phrases(language));

        var html = engine.Render("municipal/factsheet", new { sheet, title = "Test", method = Method });

        Assert.Contains($"<li>{settled}</li>", html);
        Assert.Contains($"<li>{population}</li>", html);
        Assert.Contains($"<p>{backgrounds}</p>", html);
        Assert.DoesNotContain("0 flykt", html);
    }

    [Fact]
    public void The_spreadsheet_is_worded_in_the_language()
    {
        var phrases = MunicipalFixture.Phrases("en");
        var sheet = MunicipalTable.Sheet(sample.Catalogue, sample.Analysis, phrases);
        var rows = sheet.Rows.ToList();

        Assert.Equal("municipal-figures.xlsx", MunicipalTable.FileName(phrases));
        Assert.Equal("Municipal figures", sheet.Name);
        Assert.Equal(["Indicator ID", "Indicator", "Group", "Level"], sheet.Header.Take(4));
        Assert.Equal(["Country", "County", "Municipality"], rows.Select(r => (string)r[3]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => (string)r[12]! == "higher than the rest of the country");
        Assert.All(rows, r => Assert.Equal("illustrative", r[13]));
    }

    [Fact]
    public void A_misspelt_name_in_a_municipal_template_is_a_positioned_template_error()
    {
        using var folder = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Templates, file);
            var text = File.ReadAllText(file);
            folder.File(relative, relative.EndsWith("factsheet.sbn", StringComparison.Ordinal) ? text.Replace("county: sheet.county", "county: sheet.fylke", StringComparison.Ordinal) : text);
        }

        var error = Assert.Throws<InputException>(() => new MunicipalRenderer(folder.Path, MunicipalFixture.Phrases("nb"))
            .Render(sample.Catalogue, sample.Analysis, [sample.Analysis.FactSheet(sample.Analysis.Geography.Find("3301")!)], Stamp));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-error", diagnostic.Code);
        Assert.EndsWith(Path.Combine("municipal", "factsheet.sbn"), diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Where.Line);
        Assert.Contains("fylke", diagnostic.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}

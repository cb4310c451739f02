using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// One output folder for the edition, a folder per language inside it and a root page linking
/// them; <c>--language</c> builds one language and keeps the others' folders as they were.
/// </summary>
public sealed class LanguageBuildTests
{
    private static BuildOptions Options(EditionFixture edition, string? language = null) => new(edition.CataloguePath)
    {
        Pdf = false,
        Language = language,
        OutputDirectory = Path.Combine(edition.Root, "out"),
        TemplateDirectory = RepositoryPaths.Templates,
        FontDirectory = RepositoryPaths.Fonts,
        Date = new DateOnly(2025, 11, 20),
    };

    [Fact]
    public async Task Every_language_gets_its_own_folder_with_site_downloads_and_analysis()
    {
        using var edition = BilingualEdition.Create();

        var result = await ReportPipeline.BuildAsync(Options(edition));

        Assert.Equal(["nb", "nn"], result.Languages.Select(l => l.Language));
        foreach (var language in result.Languages)
        {
            Assert.Equal(Path.Combine(result.OutputDirectory, language.Language), language.Directory);
            foreach (var file in language.Pages.Append("analysis.json").Append(Downloads.Spreadsheet).Append(Downloads.CsvFile("employment")).Append("assets/site.css"))
            {
                Assert.True(File.Exists(Path.Combine(language.Directory, file)), $"{language.Language}/{file}");
            }
        }

        var nynorsk = File.ReadAllText(Path.Combine(result.Language("nn").Directory, "index.html"));
        Assert.Contains("<html lang=\"nn\"", nynorsk);
        Assert.Contains("Sysselsetjing", nynorsk);
        Assert.DoesNotContain("Sysselsetjing", File.ReadAllText(Path.Combine(result.Language("nb").Directory, "index.html")));
        Assert.True(OutputGuard.IsMarked(result.OutputDirectory));
    }

    [Fact]
    public async Task The_root_page_links_each_language_version_in_its_own_language()
    {
        using var edition = BilingualEdition.Create();

        var result = await ReportPipeline.BuildAsync(Options(edition));

        var html = File.ReadAllText(Path.Combine(result.OutputDirectory, LanguageIndex.FileName));
        Assert.Contains("<html lang=\"nb\">", html);
        Assert.Contains("<a href=\"nb/index.html\" hreflang=\"nb\" lang=\"nb\">Bokmål</a>", html);
        Assert.Contains("<a href=\"nn/index.html\" hreflang=\"nn\" lang=\"nn\">Nynorsk</a>", html);
        Assert.Contains("<h1>Test</h1>", html);
        Assert.Contains($"content=\"{AnnualReport.Rendering.ContentSecurityPolicy.For(null)}\"", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Building_one_language_keeps_the_other_languages_folders_unchanged()
    {
        using var edition = BilingualEdition.Create();
        var first = await ReportPipeline.BuildAsync(Options(edition));
        var bokmal = first.Language("nb").Directory;
        var before = File.ReadAllBytes(Path.Combine(bokmal, "index.html"));
        File.WriteAllText(edition.CataloguePath, BilingualEdition.Catalogue.Replace("nn: Sysselsetjing", "nn: Sysselsetjing i år", StringComparison.Ordinal));

        var second = await ReportPipeline.BuildAsync(Options(edition, "nn"));

        Assert.Equal("nn", Assert.Single(second.Languages).Language);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(bokmal, "index.html")));
        Assert.True(File.Exists(Path.Combine(bokmal, "analysis.json")));
        Assert.Contains("Sysselsetjing i år", File.ReadAllText(Path.Combine(second.Language("nn").Directory, "index.html")));
        Assert.Contains("hreflang=\"nb\"", File.ReadAllText(Path.Combine(second.OutputDirectory, LanguageIndex.FileName)));
    }

    [Fact]
    public async Task One_language_into_a_new_folder_is_that_language_alone()
    {
        using var edition = BilingualEdition.Create();

        var result = await ReportPipeline.BuildAsync(Options(edition, "nn"));

        Assert.Equal(["nn"], Directory.GetDirectories(result.OutputDirectory).Select(Path.GetFileName));
        var html = File.ReadAllText(Path.Combine(result.OutputDirectory, LanguageIndex.FileName));
        Assert.DoesNotContain("hreflang=\"nb\"", html);
        Assert.Contains("<h1>Test</h1>", html);
    }

    [Fact]
    public async Task A_language_the_edition_lacks_stops_before_anything_is_written()
    {
        using var edition = BilingualEdition.Create();

        var error = await Assert.ThrowsAsync<InputException>(() => ReportPipeline.BuildAsync(Options(edition, "en")));

        var diagnostic = Assert.Single(error.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("bad-option", "--language"), (diagnostic.Code, diagnostic.Where.File));
        Assert.False(Directory.Exists(Path.Combine(edition.Root, "out")));
    }

    [Fact]
    public async Task A_missing_translation_stops_a_final_build_and_is_a_warning_in_a_draft()
    {
        using var edition = BilingualEdition.Create(textNn: "preface: Dette er føreordet.\n");

        var error = await Assert.ThrowsAsync<InputException>(() => ReportPipeline.BuildAsync(Options(edition)));
        var draft = await ReportPipeline.BuildAsync(Options(edition) with { Draft = true });

        Assert.Equal("missing-translation", Assert.Single(error.Diagnostics, d => d.Severity == Severity.Error).Code);
        Assert.Contains(draft.Warnings, d => d.Code == "missing-translation");
        var page = File.ReadAllText(Path.Combine(draft.Language("nn").Directory, "work.html"));
        Assert.Contains("Sysselsettingen øker.", page);
        var missing = draft.Warnings.Count(d => d.Code == "missing-translation");
        Assert.Contains($"<span class=\"untranslated\">{(missing == 1 ? "1 tekst er ikkje omsett enno og blir vist" : $"{missing} tekstar er ikkje omsette enno og blir viste")} på hovudspråket</span>", page);
        Assert.DoesNotContain("class=\"untranslated\"", File.ReadAllText(Path.Combine(draft.Language("nb").Directory, "work.html")));

        // The stand-in block itself is marked where it stands, and read out in its own language.
        Assert.Matches("<div lang=\"nb\"><p data-ref=\"[0-9.]+\">Sysselsettingen øker.</p></div><p class=\"draft-flag\" role=\"note\" data-noref><strong>Merknad i utkastet:</strong> Teksten over er ikkje omsett enno og blir vist på hovudspråket.</p>", page);
        Assert.DoesNotContain("draft-flag", File.ReadAllText(Path.Combine(draft.Language("nn").Directory, "index.html")));
    }

    [Fact]
    public async Task A_sentence_that_contradicts_its_figure_is_marked_under_it_in_a_draft()
    {
        using var edition = BilingualEdition.Create(
            text: "indicators:\n  employment: |\n    Sysselsettingen gikk ned med {{ change \"employment\" group: \"imm\" }}.\n",
            textNn: "indicators:\n  employment: |\n    Sysselsetjinga auka med {{ change \"employment\" group: \"imm\" }}.\n");

        var draft = await ReportPipeline.BuildAsync(Options(edition) with { Draft = true });

        var nb = File.ReadAllText(Path.Combine(draft.Language("nb").Directory, "work.html"));
        var nn = File.ReadAllText(Path.Combine(draft.Language("nn").Directory, "work.html"));
        Assert.Contains("<p class=\"draft-flag\" role=\"note\" data-noref><strong>Merknad i utkastet:</strong> Teksten over sier at tallet gikk ned, men det økte.", nb);
        Assert.DoesNotContain("draft-flag", nn);
        Assert.Single(draft.Warnings, d => d.Code == "text-direction");
    }

    [Fact]
    [Trait("Tier", "Full")] // builds the sample edition's municipal products (or the sample twice): seconds, kept out of the fast tier
    public async Task The_municipal_products_get_a_folder_per_language_too()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "kommuner");

        var result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(RepositoryPaths.Catalogue) { Pdf = false, OutputDirectory = output, Date = new DateOnly(2025, 11, 20) }) { Only = ["0301"] });

        Assert.Equal(["nb", "nn"], result.Languages.Select(l => l.Language));
        Assert.Contains("<html lang=\"nn\"", File.ReadAllText(Path.Combine(output, "nn", "0301.html")));
        Assert.True(File.Exists(Path.Combine(output, "nb", "kommunetall.xlsx")));
        Assert.True(File.Exists(Path.Combine(output, "nn", "kommunetal.xlsx")));
        Assert.Contains("<h1>Integrering i kommunene 2025</h1>", File.ReadAllText(Path.Combine(output, LanguageIndex.FileName)));
    }
}

using System.Globalization;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>An edition's languages, and catalogue texts given per language, resolved to the language being read.</summary>
public sealed class EditionLanguageTests
{
    private static string Replace(string text, string find, string replace) => CatalogueText.Replace(text, find, replace);

    private static (int Line, int Column) At(string text, string needle) => CatalogueText.At(text, needle);

    private static (IndicatorCatalogue? Catalogue, List<Diagnostic> Diagnostics) Load(string yaml, string? language = null, bool draft = false)
    {
        using var temp = new TempDirectory();
        var diagnostics = new List<Diagnostic>();
        var catalogue = CatalogueLoader.Load(temp.File("indicators.yaml", yaml), diagnostics, "indicators.yaml", language, draft);
        return (catalogue, diagnostics);
    }

    [Fact]
    public void Every_text_is_read_in_the_language_asked_for()
    {
        var (catalogue, diagnostics) = Load(BilingualEdition.Catalogue, "nn");

        Assert.Empty(diagnostics);
        var edition = catalogue!.Edition;
        Assert.Equal(("nn", "nn-NO", "Test på nynorsk", "test-nn.pdf"), (edition.Language, edition.Culture.Name, edition.Title, edition.PdfFileName));
        Assert.Equal(["nb", "nn"], edition.Languages.Select(l => l.Code));
        Assert.Equal(["nb-NO", "nn-NO"], edition.Languages.Select(l => l.Culture.Name));
        Assert.Equal("Resten av befolkninga", catalogue.FindGroup("rest")!.Label);
        var employment = Assert.Single(catalogue.Indicators);
        Assert.Equal(("Sysselsetjing", "Delen som er sysselsette."), (employment.Title, employment.Definition));
    }

    [Fact]
    public void Without_a_language_the_main_language_is_read()
    {
        var (catalogue, diagnostics) = Load(BilingualEdition.Catalogue);

        Assert.Empty(diagnostics);
        Assert.Equal(("nb", "nb-NO", "Test"), (catalogue!.Edition.Language, catalogue.Edition.Culture.Name, catalogue.Edition.Title));
        Assert.Equal("Sysselsetting", Assert.Single(catalogue.Indicators).Title);
    }

    [Fact]
    public void Nynorsk_has_a_culture_with_norwegian_number_formats()
    {
        var culture = new CultureInfo("nn-NO");

        Assert.Equal(",", culture.NumberFormat.NumberDecimalSeparator);
        Assert.Equal("nn-NO", EditionLanguage.DefaultCulture("nn").Name);
        Assert.Equal("en-GB", EditionLanguage.DefaultCulture("en").Name);
    }

    [Fact]
    public void The_single_language_field_still_names_one_language_with_its_usual_culture()
    {
        var yaml = Replace(EditionFixture.Catalogue, "  year: 2025\n", "  year: 2025\n  language: en\n");

        var (catalogue, diagnostics) = Load(yaml);

        Assert.Empty(diagnostics);
        var language = Assert.Single(catalogue!.Edition.Languages);
        Assert.Equal(("en", "en-GB"), (language.Code, language.Culture.Name));
    }

    [Fact]
    public void A_translation_into_a_language_the_edition_lacks_is_unknown_language_at_its_key()
    {
        var yaml = Replace(BilingualEdition.Catalogue, "{ nb: Sysselsetting, nn: Sysselsetjing }", "{ nb: Sysselsetting, nn: Sysselsetjing, en: Employment }");

        var diagnostic = Assert.Single(Load(yaml).Diagnostics);

        Assert.Equal("unknown-language", diagnostic.Code);
        Assert.Equal(At(yaml, "en: Employment"), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_language_code_no_one_knows_is_unknown_language_at_the_code()
    {
        var yaml = Replace(BilingualEdition.Catalogue, "languages: [nb, nn]", "languages: [nb, nn, qq]");

        var diagnostic = Assert.Single(Load(yaml).Diagnostics);

        Assert.Equal("unknown-language", diagnostic.Code);
        Assert.Equal(At(yaml, "qq]"), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_language_named_twice_is_duplicate_id_at_the_second()
    {
        var yaml = Replace(BilingualEdition.Catalogue, "languages: [nb, nn]", "languages: [nb, nn, nb]");

        var diagnostic = Assert.Single(Load(yaml).Diagnostics);

        Assert.Equal("duplicate-id", diagnostic.Code);
        Assert.Equal(At(yaml, "nb]"), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Both_language_and_languages_is_wrong_type()
    {
        var yaml = Replace(BilingualEdition.Catalogue, "  languages: [nb, nn]\n", "  languages: [nb, nn]\n  language: nb\n");

        var diagnostic = Assert.Single(Load(yaml).Diagnostics);

        Assert.Equal("wrong-type", diagnostic.Code);
        Assert.Equal(At(yaml, "  language: nb").Line, diagnostic.Where.Line);
    }

    [Fact]
    public void A_text_given_once_is_a_missing_translation_error_in_the_other_language()
    {
        var yaml = Replace(BilingualEdition.Catalogue, "title: { nb: Sysselsetting, nn: Sysselsetjing }", "title: Sysselsetting");

        var (_, main) = Load(yaml);
        var (_, nynorsk) = Load(yaml, "nn");

        Assert.Empty(main);
        var diagnostic = Assert.Single(nynorsk);
        Assert.Equal(("missing-translation", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(At(yaml, "Sysselsetting\n"), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_missing_translation_in_a_draft_is_a_warning_and_the_main_language_is_shown()
    {
        var yaml = Replace(BilingualEdition.Catalogue, "{ nb: Andelen som er sysselsatt., nn: Delen som er sysselsette. }", "{ nb: Andelen som er sysselsatt. }");

        var (catalogue, diagnostics) = Load(yaml, "nn", draft: true);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("missing-translation", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(At(yaml, "{ nb: Andelen"), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Equal("Andelen som er sysselsatt.", Assert.Single(catalogue!.Indicators).Definition);
    }

    [Fact]
    public void A_language_the_edition_does_not_have_is_a_bad_option()
    {
        var diagnostic = Assert.Single(Load(BilingualEdition.Catalogue, "en").Diagnostics);

        Assert.Equal("bad-option", diagnostic.Code);
        Assert.Equal("--language", diagnostic.Where.File);
    }

    [Fact]
    public void The_sample_edition_reads_completely_in_nynorsk()
    {
        var diagnostics = new List<Diagnostic>();

        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue, diagnostics, language: "nn");

        Assert.Empty(diagnostics);
        Assert.Equal("Integrering i Noreg 2025", catalogue!.Edition.Title);
        Assert.Equal("Arbeid og sysselsetjing", catalogue.Themes.Single(t => t.Id == "arbeid").Title);
        Assert.Equal("Heile landet", catalogue.Municipalities!.CountryName);
    }
}

using AnnualReport.Model;
using AnnualReport.Tests.Support;
using AnnualReport.Validation;

namespace AnnualReport.Tests.Catalogue;

/// <summary>The curated text per language: <c>text.yaml</c> is the main language, <c>text.nn.yaml</c> has the same blocks.</summary>
public sealed class TextTranslationTests
{
    private static LoadedEdition Read(EditionFixture edition, string language, bool draft = false) =>
        EditionLoader.Read(new BuildOptions(edition.CataloguePath) { Language = language, Draft = draft });

    [Fact]
    public void Each_language_reads_its_own_text_file()
    {
        using var edition = BilingualEdition.Create();

        var nynorsk = Read(edition, "nn");

        Assert.Empty(nynorsk.Diagnostics);
        Assert.Equal("Dette er føreordet.", nynorsk.Text.Preface!.Markdown);
        Assert.EndsWith("text.nn.yaml", nynorsk.Text.Preface.Where.File);
        Assert.Equal("Dette er forordet.", Read(edition, "nb").Text.Preface!.Markdown);
    }

    [Fact]
    public void A_block_the_translation_lacks_is_missing_translation_at_the_main_block()
    {
        using var edition = BilingualEdition.Create(textNn: "preface: Dette er føreordet.\n");

        var diagnostic = Assert.Single(edition.Validate().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("missing-translation", diagnostic.Code);
        Assert.EndsWith("text.yaml", diagnostic.Where.File);
        Assert.Equal((3, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("indicators.employment", diagnostic.Message);
    }

    [Fact]
    public void A_missing_block_in_a_draft_warns_and_shows_the_main_language()
    {
        using var edition = BilingualEdition.Create(textNn: "preface: Dette er føreordet.\n");

        var nynorsk = Read(edition, "nn", draft: true);

        var diagnostic = Assert.Single(nynorsk.Diagnostics);
        Assert.Equal(("missing-translation", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("Sysselsettingen øker.", nynorsk.Text.IndicatorComments["employment"].Markdown);
    }

    [Fact]
    public void A_missing_translation_file_is_missing_translation_naming_it()
    {
        using var edition = BilingualEdition.Create(textNn: null);

        var diagnostic = Assert.Single(edition.Validate().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("missing-translation", diagnostic.Code);
        Assert.Contains("text.nn.yaml", diagnostic.Message);
    }

    [Fact]
    public void A_block_the_main_text_lacks_is_extra_translation_at_the_translated_block()
    {
        using var edition = BilingualEdition.Create(textNn: BilingualEdition.TextNn + "themes:\n  work:\n    introduction: Ein ekstra tekst.\n");

        var diagnostic = Assert.Single(edition.Validate(draft: true).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("extra-translation", diagnostic.Code);
        Assert.EndsWith("text.nn.yaml", diagnostic.Where.File);
        Assert.Equal((6, 19), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Validation_checks_every_language_of_the_edition()
    {
        using var edition = BilingualEdition.Create(catalogue: BilingualEdition.Catalogue.Replace("{ nb: Sysselsetting, nn: Sysselsetjing }", "Sysselsetting", StringComparison.Ordinal));

        var report = edition.Validate();

        Assert.Equal("nb", report.Catalogue!.Edition.Language);
        Assert.Equal("missing-translation", Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error).Code);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void The_sample_edition_validates_in_both_languages()
    {
        var report = EditionLoader.Load(new BuildOptions(RepositoryPaths.Catalogue), municipalities: true);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code is "missing-translation" or "unknown-language");
    }
}

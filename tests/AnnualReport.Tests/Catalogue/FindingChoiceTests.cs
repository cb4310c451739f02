using AnnualReport.Model;
using AnnualReport.Tests.Support;
using AnnualReport.Validation;

namespace AnnualReport.Tests.Catalogue;

/// <summary>The editors' say over the key findings in the curated text: pin, drop and reword, per language.</summary>
public sealed class FindingChoiceTests
{
    private static LoadedEdition Read(EditionFixture edition, string language) =>
        EditionLoader.Read(new BuildOptions(edition.CataloguePath) { Language = language });

    private const string Findings = "findings:\n  pin: [employment]\n  text:\n    employment: 'Flere er i arbeid, {{ value \"employment\" group: \"imm\" }}.'\n";

    [Fact]
    public void Pins_drops_and_reworded_sentences_are_read_and_translated()
    {
        using var edition = BilingualEdition.Create(
            text: BilingualEdition.Text + Findings,
            textNn: BilingualEdition.TextNn + "findings:\n  text:\n    employment: Fleire er i arbeid.\n");

        var (nb, nn) = (Read(edition, "nb"), Read(edition, "nn"));

        Assert.Empty(nb.Diagnostics.Concat(nn.Diagnostics));
        Assert.Equal(["employment"], nb.Text.Findings.Pin);
        Assert.Equal(["employment"], nn.Text.Findings.Pin);
        Assert.StartsWith("Flere er i arbeid", nb.Text.FindingTexts["employment"].Markdown);
        Assert.Equal("Fleire er i arbeid.", nn.Text.FindingTexts["employment"].Markdown);
    }

    [Fact]
    public void A_reworded_finding_without_its_translation_is_missing_translation()
    {
        using var edition = BilingualEdition.Create(text: BilingualEdition.Text + Findings);

        var diagnostic = Assert.Single(edition.Validate().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("missing-translation", diagnostic.Code);
        Assert.Contains("findings.text.employment", diagnostic.Message);
    }

    [Fact]
    public void Pinning_and_dropping_one_indicator_is_conflicting_choice()
    {
        using var edition = BilingualEdition.Create(text: BilingualEdition.Text + "findings:\n  pin: [employment]\n  drop: [employment]\n");

        var diagnostic = Assert.Single(Read(edition, "nb").Diagnostics);

        Assert.Equal(("conflicting-choice", 6), (diagnostic.Code, diagnostic.Where.Line));
    }

    [Fact]
    public void An_unknown_indicator_is_reported_where_it_is()
    {
        using var edition = BilingualEdition.Create(text: BilingualEdition.Text + "findings:\n  drop: [employmnet]\n");

        var diagnostic = Assert.Single(Read(edition, "nb").Diagnostics);

        Assert.Equal(("unknown-indicator", 5), (diagnostic.Code, diagnostic.Where.Line));
    }

    [Fact]
    public void Pins_and_drops_belong_to_the_main_language()
    {
        using var edition = BilingualEdition.Create(textNn: BilingualEdition.TextNn + "findings:\n  drop: [employment]\n");

        var diagnostic = Assert.Single(Read(edition, "nn").Diagnostics);

        Assert.Equal("extra-translation", diagnostic.Code);
        Assert.EndsWith("text.nn.yaml", diagnostic.Where.File);
        Assert.Contains("text.yaml", diagnostic.Message);
    }
}

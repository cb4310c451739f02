using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>Ids and numbers in the catalogue that would make unsafe file names or overflow: positioned diagnostics, never a crash.</summary>
public sealed class CatalogueSafetyTests
{
    private const string Valid = EditionFixture.Catalogue;

    private static string Replace(string text, string find, string replace) => CatalogueText.Replace(text, find, replace);

    private static (int Line, int Column) At(string text, string needle, int occurrence = 1) => CatalogueText.At(text, needle, occurrence);

    private static IReadOnlyList<Diagnostic> Errors(string yaml) => CatalogueText.Errors(yaml);

    private static Diagnostic Single(string yaml, string code) => Assert.Single(Errors(yaml), d => d.Code == code);

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("com1")]
    [InlineData("two words")]
    [InlineData(".hidden")]
    [InlineData("-dash")]
    [InlineData("sysselsetting\u00f8")]
    [InlineData("x\u202Ey")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void An_indicator_id_that_cannot_be_a_file_name_is_unsafe_name_at_the_id(string id)
    {
        var yaml = Replace(Valid, "  - id: employment\n", $"  - id: \"{id}\"\n");

        var diagnostic = Single(yaml, "unsafe-name");

        Assert.Equal(At(yaml, $"\"{id}\""), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Equal("indicators.yaml", diagnostic.Where.File);
    }

    [Fact]
    public void Sample_style_camel_case_ids_with_digits_dashes_and_underscores_are_safe()
    {
        var yaml = Replace(Valid, "  - id: employment\n", "  - id: kSysselsetting_2-a\n");

        Assert.DoesNotContain(Errors(yaml), d => d.Code == "unsafe-name");
    }

    [Theory]
    [InlineData("index")]
    [InlineData("Metode")]
    [InlineData("print")]
    [InlineData("1work")]
    [InlineData("../work")]
    public void A_theme_id_that_would_overwrite_a_page_or_break_its_anchor_is_unsafe_name(string id)
    {
        var yaml = Replace(Replace(Valid, "  - id: work\n", $"  - id: \"{id}\"\n"), "    theme: work\n", $"    theme: \"{id}\"\n");

        var diagnostic = Single(yaml, "unsafe-name");

        Assert.Equal(At(yaml, $"\"{id}\""), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Two_indicator_ids_that_differ_only_in_case_are_unsafe_name_at_the_second()
    {
        var second = Valid[Valid.IndexOf("  - id: employment", StringComparison.Ordinal)..].Replace("id: employment", "id: Employment", StringComparison.Ordinal);
        var yaml = Valid + "\n" + second;

        var diagnostic = Single(yaml, "unsafe-name");

        Assert.Equal(At(yaml, "id: Employment"), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.DoesNotContain(Errors(yaml), d => d.Code == "duplicate-id");
    }

    [Fact]
    public void A_theme_and_an_indicator_with_one_id_would_share_an_anchor_and_are_unsafe_name()
    {
        var yaml = Replace(Valid, "  - id: employment\n", "  - id: work\n");

        var diagnostic = Single(yaml, "unsafe-name");

        Assert.Equal(At(yaml, "id: work", 2), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_breakdown_id_that_cannot_be_an_element_id_is_unsafe_name()
    {
        var yaml = Replace(Replace(Valid, "  - id: sex\n", "  - id: \"s\\\"x\"\n"), "breakdowns: [sex]", "breakdowns: [\"s\\\"x\"]");

        Assert.Equal(At(yaml, "\"s\\\"x\""), Single(yaml, "unsafe-name").Where is var w ? (w.Line, w.Column) : default);
    }

    [Theory]
    [InlineData("../publikasjon.pdf")]
    [InlineData("/tmp/publikasjon.pdf")]
    [InlineData("sub/publikasjon.pdf")]
    [InlineData("publikasjon.exe")]
    [InlineData("con.pdf")]
    [InlineData("a..pdf")]
    [InlineData(".pdf")]
    [InlineData("C:\\\\x.pdf")]
    public void A_pdf_name_that_is_not_a_plain_pdf_file_name_is_unsafe_name(string pdf)
    {
        var yaml = Replace(Valid, "  year: 2025\n", $"  year: 2025\n  pdf: \"{pdf}\"\n");

        var diagnostic = Single(yaml, "unsafe-name");

        Assert.Equal(At(yaml, $"\"{pdf}\""), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_municipal_indicator_id_is_checked_like_any_other()
    {
        var indicator = Valid[Valid.IndexOf("  - id: employment", StringComparison.Ordinal)..]
            .Replace("id: employment", "id: \"k/../x\"", StringComparison.Ordinal)
            .Replace("\n  ", "\n    ", StringComparison.Ordinal);
        var yaml = Valid + "\nmunicipalities:\n  title: Kommuner\n  classification: geography/k.csv\n  indicators:\n    " + indicator.TrimStart();

        var diagnostic = Single(yaml, "unsafe-name");

        Assert.Equal(At(yaml, "\"k/../x\""), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData("    unit: percent\n", "    unit: percent\n    decimals: -1\n", "-1")]
    [InlineData("    unit: percent\n", "    unit: percent\n    decimals: 7\n", "7")]
    [InlineData("    unit: percent\n", "    unit: percent\n    decimals: 99999999999\n", "99999999999")]
    [InlineData("  year: 2025\n", "  year: 99999\n", "99999")]
    [InlineData("  year: 2025\n", "  year: -2025\n", "-2025")]
    [InlineData("    unit: percent\n", "    unit: percent\n    interval: 100000\n", "100000")]
    [InlineData("    unit: percent\n", "    unit: percent\n    analysis: { trendYears: 2147483647 }\n", "2147483647")]
    [InlineData("    unit: percent\n", "    unit: percent\n    breaks: [{ year: 123456789, note: x }]\n", "123456789")]
    [InlineData("    unit: percent\n", "    unit: percent\n    goal: { value: 1e999, setBy: x }\n", "1e999")]
    [InlineData("themes:\n", "disclosure: { minCount: -3 }\nthemes:\n", "-3")]
    [InlineData("themes:\n", "disclosure: { maxIntervalWidth: 100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 }\nthemes:\n", "1000000")]
    public void An_integer_or_number_out_of_range_is_wrong_type_at_its_position(string find, string replace, string value)
    {
        var yaml = Replace(Valid, find, replace);

        var diagnostic = Single(yaml, "wrong-type");

        Assert.Equal(At(yaml, value), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData("nb\\\" onload=\\\"x")]
    [InlineData("../en")]
    [InlineData("NORSK")]
    public void A_language_that_is_not_a_language_code_is_wrong_type(string language)
    {
        var yaml = Replace(Valid, "  year: 2025\n", $"  year: 2025\n  language: \"{language}\"\n");

        var diagnostic = Single(yaml, "wrong-type");

        Assert.Equal(At(yaml, "  language:").Line, diagnostic.Where.Line);
    }

    [Fact]
    public void A_message_lists_at_most_a_few_of_many_known_ids()
    {
        var themes = string.Concat(Enumerable.Range(0, 5000).Select(i => $"  - {{ id: t{i}, title: T }}\n"));
        var yaml = Replace(Replace(Valid, "themes:\n", "themes:\n" + themes), "    theme: work\n", "    theme: nowhere\n");

        var diagnostic = Single(yaml, "unknown-theme");

        Assert.True(diagnostic.Message.Length < 500, diagnostic.Message);
    }
}

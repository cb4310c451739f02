using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>Hostile or broken catalogues: every one is a positioned diagnostic, never a crash.</summary>
public sealed class CatalogueSafetyTests
{
    private const string Valid = EditionFixture.Catalogue;

    private static string Replace(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column of the first <paramref name="needle"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) At(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"«{needle}» not found");
        var span = SourceSpan.At("x", text, index);
        return (span.Line, span.Column);
    }

    private static IReadOnlyList<Diagnostic> Errors(byte[] bytes)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "indicators.yaml");
        File.WriteAllBytes(path, bytes);
        var diagnostics = new List<Diagnostic>();
        CatalogueLoader.Load(path, diagnostics, "indicators.yaml");
        return diagnostics;
    }

    private static IReadOnlyList<Diagnostic> Errors(string yaml) => Errors(new UTF8Encoding(false).GetBytes(yaml));

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
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.ssb.no")]
    public void A_source_url_that_is_not_a_web_address_is_wrong_type(string url)
    {
        var yaml = Replace(Valid, "      name: Somewhere\n", $"      name: Somewhere\n      url: \"{url}\"\n");

        var diagnostic = Single(yaml, "wrong-type");

        Assert.Equal(At(yaml, $"\"{url}\""), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_message_lists_at_most_a_few_of_many_known_ids()
    {
        var themes = string.Concat(Enumerable.Range(0, 5000).Select(i => $"  - {{ id: t{i}, title: T }}\n"));
        var yaml = Replace(Replace(Valid, "themes:\n", "themes:\n" + themes), "    theme: work\n", "    theme: nowhere\n");

        var diagnostic = Single(yaml, "unknown-theme");

        Assert.True(diagnostic.Message.Length < 500, diagnostic.Message);
    }

    [Fact]
    public void Ten_thousand_open_brackets_are_too_deep_not_a_stack_overflow()
    {
        var yaml = "edition: " + new string('[', 10_000);

        var diagnostic = Assert.Single(Errors(yaml));

        Assert.Equal("too-deep", diagnostic.Code);
        Assert.Equal(1, diagnostic.Where.Line);
        Assert.InRange(diagnostic.Where.Column, 60, 80);
    }

    [Fact]
    public void Deeply_nested_mappings_are_too_deep_at_the_first_level_past_the_limit()
    {
        var yaml = string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 500) + "b: 1\n";

        var diagnostic = Assert.Single(Errors(yaml));

        Assert.Equal("too-deep", diagnostic.Code);
        Assert.InRange(diagnostic.Where.Line, 60, 70);
    }

    [Fact]
    public void Aliases_are_refused_so_a_billion_laughs_cannot_blow_up()
    {
        var lines = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 12; i++)
        {
            lines.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        var yaml = lines + Valid;

        var diagnostic = Assert.Single(Errors(yaml));

        Assert.Equal("yaml-alias", diagnostic.Code);
        Assert.Equal(At(yaml, "*a0"), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_catalogue_over_the_size_limit_is_too_large_without_being_read()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "indicators.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(21L * 1024 * 1024);
        }

        var diagnostics = new List<Diagnostic>();
        Assert.Null(CatalogueLoader.Load(path, diagnostics, "indicators.yaml"));

        Assert.Equal("too-large", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Invalid_utf8_in_the_catalogue_is_bad_encoding_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Replace(Valid, "  title: Test\n", "  title: Tøst X\n"));
        var x = Array.IndexOf(bytes, (byte)'X');
        bytes[x] = 0xFF;

        var diagnostic = Assert.Single(Errors(bytes));

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((2, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'e', 0, (byte)'d', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'e', 0, (byte)'d' })]
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 2, 3 })]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A })]
    public void A_utf16_or_binary_catalogue_is_bad_encoding_at_the_start(byte[] bytes)
    {
        var diagnostic = Assert.Single(Errors(bytes));

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal(1, diagnostic.Where.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n")]
    [InlineData("--- \n...\n")]
    [InlineData("# only a comment\n")]
    [InlineData("just words")]
    [InlineData("- a\n- b\n")]
    public void An_empty_or_non_mapping_catalogue_is_one_wrong_type_at_the_start(string yaml)
    {
        var diagnostic = Assert.Single(Errors(yaml));

        Assert.Equal("wrong-type", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_second_yaml_document_is_yaml_syntax_not_silently_left_out()
    {
        var yaml = Valid + "\n---\nindicators: []\n";

        var diagnostic = Assert.Single(Errors(yaml));

        Assert.Equal("yaml-syntax", diagnostic.Code);
        Assert.Equal(At(yaml, "indicators: []"), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_catalogue_with_a_byte_order_mark_loads()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.Empty(Errors(bytes));
    }

    /// <summary>A catalogue of 60-odd lines (more groups and a second indicator) with one mistake put on line 40.</summary>
    [Theory]
    [InlineData("    definition: \"Share employed.", "yaml-syntax")]
    [InlineData("     definition: Share employed.", "yaml-syntax")]
    [InlineData("\tdefinition: Share employed.", "yaml-syntax")]
    [InlineData("    definition: [Share employed.", "yaml-syntax")]
    [InlineData("    definition: 'Share employed.", "yaml-syntax")]
    [InlineData("    title: Employment again", "duplicate-key")]
    public void A_syntax_error_on_line_40_of_a_long_catalogue_is_reported_on_line_40(string line40, string code)
    {
        var padding = "# Comparison groups as SSB names them.\n" + string.Concat(Enumerable.Range(0, 6).Select(i => $"  - id: g{i}\n    label: G{i}\n"));
        var second = Valid[Valid.IndexOf("  - id: employment", StringComparison.Ordinal)..].Replace("id: employment", "id: other", StringComparison.Ordinal);
        var lines = (Replace(Valid, "breakdowns:\n", padding + "breakdowns:\n") + "\n" + second).Split('\n');
        Assert.StartsWith("    definition:", lines[39], StringComparison.Ordinal);
        Assert.True(lines.Length > 55, $"{lines.Length} lines");
        lines[39] = line40;
        var yaml = string.Join('\n', lines);

        var diagnostic = Errors(yaml).First();

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(40, diagnostic.Where.Line);
    }
}

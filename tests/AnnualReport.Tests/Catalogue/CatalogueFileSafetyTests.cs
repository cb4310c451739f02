using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>Hostile or broken catalogue files (size, encoding, depth, aliases, syntax): every one is a positioned diagnostic, never a crash.</summary>
public sealed class CatalogueFileSafetyTests
{
    private const string Valid = EditionFixture.Catalogue;

    private static string Replace(string text, string find, string replace) => CatalogueText.Replace(text, find, replace);

    private static (int Line, int Column) At(string text, string needle, int occurrence = 1) => CatalogueText.At(text, needle, occurrence);

    private static IReadOnlyList<Diagnostic> Errors(byte[] bytes) => CatalogueText.Errors(bytes);

    private static IReadOnlyList<Diagnostic> Errors(string yaml) => CatalogueText.Errors(yaml);

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

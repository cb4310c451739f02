using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>Malformed helper arguments in curated text are diagnostics at the helper, never exceptions.</summary>
public sealed class TextHelperSafetyTests
{
    private const string Data = "year,group,sex,value\n2021,imm,alle,63\n2022,imm,alle,62\n2023,imm,alle,65\n2023,rest,alle,80.5\n";

    private static IReadOnlyList<Diagnostic> Errors(string helper)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Data);
        edition.Text($"indicators:\n  employment: |\n    Første linje.\n    Tallet er {helper} i år.\n");
        return edition.Validate().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    [Theory]
    [InlineData("{{ value \"employment\" group: \"imm\" group: \"rest\" }}")]
    [InlineData("{{ value \"employment\" group: \"imm\" group: \"imm\" }}")]
    [InlineData("{{ change \"employment\" group: \"imm\" years: 1 years: 5 }}")]
    public void An_argument_given_twice_is_text_bad_argument_at_the_helper(string helper)
    {
        var diagnostic = Assert.Single(Errors(helper));

        Assert.Equal("text-bad-argument", diagnostic.Code);
        Assert.Equal((4, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("mer enn én gang", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ value \"employment\" group: \"imm\" year: 99999999999 }}")]
    [InlineData("{{ value \"employment\" group: \"imm\" year: -1 }}")]
    [InlineData("{{ value \"employment\" group: \"imm\" year: abc }}")]
    [InlineData("{{ change \"employment\" group: \"imm\" years: -1 }}")]
    [InlineData("{{ change \"employment\" group: \"imm\" years: 99999999999999999999 }}")]
    [InlineData("{{ change \"employment\" group: \"imm\" signed: maybe }}")]
    [InlineData("{{ value \"\" group: \"imm\" }}")]
    [InlineData("{{ value \"employment\" group: \" }}")]
    [InlineData("{{ value \"employment\" \"employment\" group: \"imm\" }}")]
    [InlineData("{{ value group: \"imm\" }}")]
    [InlineData("{{ value \"employment\" group: \"imm\" breakdown: \"sex\" }}")]
    [InlineData("{{ value \"employment\" group: \"imm\" category: \"men\" }}")]
    [InlineData("{{ }}")]
    [InlineData("{{ value \"employment\" : \"imm\" }}")]
    [InlineData("{{{{ value }}}}")]
    public void Malformed_helpers_are_errors_at_the_helper_not_exceptions(string helper)
    {
        var errors = Errors(helper);

        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.EndsWith("text.yaml", d.Where.File));
        Assert.All(errors, d => Assert.Equal(4, d.Where.Line));
    }

    [Theory]
    [InlineData("{{ value \"employment\" group: \"imm\" year: abc }}")]
    [InlineData("{{ value \"employment\" group: \"imm\" year: 99999999999 }}")]
    [InlineData("{{ change \"employment\" group: \"imm\" signed: maybe }}")]
    public void An_argument_value_of_the_wrong_form_is_text_bad_argument(string helper)
    {
        Assert.Equal("text-bad-argument", Assert.Single(Errors(helper)).Code);
    }

    [Fact]
    public void Thousands_of_unclosed_helpers_are_each_text_syntax()
    {
        var text = string.Concat(Enumerable.Repeat("{{a x=", 30_000));

        var errors = Errors(text);

        // How long this takes is measured in bench/ (CuratedTextBenchmarks: linear, not quadratic), not here.
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal("text-syntax", d.Code));
    }
}

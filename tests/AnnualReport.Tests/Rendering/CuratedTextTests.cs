using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>Curated text: live numbers from the analysis, escaped HTML, and every mistake pointed at.</summary>
public sealed class CuratedTextTests
{
    private const string Data = """
        year,group,sex,value
        2019,imm,alle,60
        2020,imm,alle,61
        2021,imm,alle,63
        2022,imm,alle,62
        2023,imm,alle,65
        2023,rest,alle,80.5
        """;

    private static (AnnualReport.Validation.ValidationReport Report, string Path) Validate(string text, bool draft = false)
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Data);
        var path = edition.Text(text);
        return (edition.Validate(draft), path);
    }

    [Fact]
    public void Helpers_insert_computed_figures_in_norwegian_format()
    {
        var (report, _) = Validate("""
            indicators:
              employment: |
                I {{ year "employment" }} var {{ value "employment" group: "imm" }} sysselsatt, {{ change "employment" group: "imm" signed: true }} fra året før.
                Forskjellen var {{ gap "employment" group: "imm" }}, og utviklingen er {{ direction "employment" group: "imm" }}.
                I 2020: {{ value "employment" group: "imm" year: 2020 }}.
            """);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var html = report.Text.IndicatorComments["employment"];
        Assert.Contains("I 2023 var 65,0\u00a0% sysselsatt, +3,0\u00a0prosentpoeng fra året før.", html);
        Assert.Contains("Forskjellen var 15,5\u00a0prosentpoeng, og utviklingen er bedre.", html);
        Assert.Contains("I 2020: 61,0\u00a0%.", html);
    }

    [Fact]
    public void Raw_html_in_the_text_is_shown_as_text_not_passed_through()
    {
        var (report, _) = Validate("""
            preface: |
              Se <script>alert(1)</script> og <b>fet</b> **Markdown**.
            """);

        var html = report.Text.Preface!;
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<strong>Markdown</strong>", html);
    }

    [Theory]
    [InlineData("{{ valu \"employment\" group: \"imm\" }}", "text-unknown-helper")]
    [InlineData("{{ value \"jobs\" group: \"imm\" }}", "unknown-indicator")]
    [InlineData("{{ value \"employment\" group: \"aliens\" }}", "unknown-group")]
    [InlineData("{{ value \"employment\" }}", "unknown-group")]
    [InlineData("{{ change \"employment\" group: \"imm\" years: 3 }}", "text-bad-argument")]
    [InlineData("{{ value \"employment\" group: \"imm\" colour: \"red\" }}", "text-bad-argument")]
    [InlineData("{{ change \"employment\" group: \"imm\" years: 10 }}", "text-missing-figure")]
    [InlineData("{{ value \"employment\" group: \"imm\"", "text-syntax")]
    public void A_mistake_in_a_helper_is_an_error_at_its_line_and_column(string helper, string code)
    {
        var (report, path) = Validate($"indicators:\n  employment: |\n    Første linje.\n    Tallet er {helper} i år.\n");

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.EndsWith("text.yaml", diagnostic.Where.File);
        Assert.Equal((4, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Text_for_an_unknown_indicator_or_theme_is_an_error()
    {
        var (report, _) = Validate("themes:\n  health:\n    introduction: Tekst.\nindicators:\n  jobs: Tekst.\n");

        Assert.Equal((2, 3), Assert.Single(report.Diagnostics, d => d.Code == "unknown-theme").Where is var w ? (w.Line, w.Column) : default);
        Assert.Equal(5, Assert.Single(report.Diagnostics, d => d.Code == "unknown-indicator").Where.Line);
    }

    [Theory]
    [InlineData("Andelen gikk ned med {{ change \"employment\" group: \"imm\" }}.", true)]
    [InlineData("Andelen økte med {{ change \"employment\" group: \"imm\" }}.", false)]
    [InlineData("Andelen ble redusert med {{ change \"employment\" group: \"imm\" }} siden i fjor.", true)]
    [InlineData("Andelen endret seg med {{ change \"employment\" group: \"imm\" }}.", false)]
    public void A_sentence_whose_words_contradict_its_number_stops_a_final_build_and_is_a_warning_in_a_draft(string sentence, bool contradicts)
    {
        var (final, _) = Validate($"indicators:\n  employment: |\n    {sentence}\n");
        var (draft, _) = Validate($"indicators:\n  employment: |\n    {sentence}\n", draft: true);

        var errors = final.Diagnostics.Where(d => d.Code == "text-direction").ToList();
        var warnings = draft.Diagnostics.Where(d => d.Code == "text-direction").ToList();
        Assert.Equal(contradicts, errors.Count == 1);
        Assert.Equal(contradicts, final.HasErrors);
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.Equal(contradicts, warnings.Count == 1);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.False(draft.HasErrors);
    }
}

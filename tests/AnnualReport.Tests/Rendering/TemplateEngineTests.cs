using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;
using Xunit;

namespace AnnualReport.Tests.Rendering;

/// <summary>The Scriban engine: escaping, trusted HTML, partials with arguments, strictness and positioned errors.</summary>
public sealed class TemplateEngineTests
{
    private sealed record Item(string Title, double Share, IReadOnlyList<int> Years, TrustedHtml Chart, string? Note);

    private static (TempDirectory Folder, TemplateEngine Engine) Engine(string page, string? partial = null, string culture = "nb-NO", string language = "nb")
    {
        var folder = new TempDirectory();
        folder.File("page.sbn", page);
        if (partial is not null)
        {
            folder.File("partials/box.sbn", partial);
        }

        folder.File($"phrases/{language}/common.yaml", """
            units:
              percent: { value: "{value} %", title: Prosent }
              percentage-points: { value: "{value} prosentpoeng", title: Prosentpoeng }
              count: { value: "{value}", title: Antall }
              nok: { value: "{value} kr", title: Kroner }
              per-thousand: { value: "{value} per 1000", title: Per 1000 }
            formats: { long-date: "d. MMMM yyyy" }
            list: { and: "{first} og {last}", separator: ", " }
            files: { method: metode }
            indicators: { zero: ingen indikatorer, one: "{n} indikator", other: "{n} indikatorer" }
            """);
        return (folder, new TemplateEngine(folder.Path, PhraseBook.Load(folder.Path, language, new CultureInfo(culture))));
    }

    private static readonly Item Sample = new("<b>Arbeid & helse</b>", -2.345, [], new TrustedHtml("<svg></svg>"), null);

    [Fact]
    public void Values_are_escaped_and_only_trusted_html_is_written_as_it_is()
    {
        var (folder, engine) = Engine("{{ item.title }}|{{ item.chart }}|{{ 'x\"y' }}");
        using var _ = folder;
        Assert.Equal("&lt;b&gt;Arbeid &amp; helse&lt;/b&gt;|<svg></svg>|x&quot;y", engine.Render("page", new { item = Sample }));
    }

    [Fact]
    public void A_partial_gets_its_arguments_and_is_not_escaped_twice()
    {
        var (folder, engine) = Engine("<div>{{ partial 'box' {label: item.title} }}</div>", "<p>{{ label }}</p>");
        using var _ = folder;
        Assert.Equal("<div><p>&lt;b&gt;Arbeid &amp; helse&lt;/b&gt;</p></div>", engine.Render("page", new { item = Sample }));
    }

    [Fact]
    public void Empty_lists_and_null_are_false_and_zero_is_true()
    {
        var (folder, engine) = Engine("{{ if item.years }}years{{ else }}none{{ end }} {{ if item.note }}note{{ else }}-{{ end }} {{ if 0 }}zero{{ end }}");
        using var _ = folder;
        Assert.Equal("none - zero", engine.Render("page", new { item = Sample }));
    }

    [Theory]
    [InlineData("nb-NO", "nb", "−2,3 % | −2,35 prosentpoeng | 2,35 prosentpoeng | 1. juni 2025 | 2015–2025 | 1 234 567")]
    [InlineData("en-GB", "en", "−2.3 % | −2.35 prosentpoeng | 2.35 prosentpoeng | 1. June 2025 | 2015–2025 | 1,234,567")]
    public void Numbers_and_dates_follow_the_culture_and_units_the_phrase_book(string culture, string language, string expected)
    {
        var (folder, engine) = Engine("{{ value item.share 1 'percent' }} | {{ change item.share 2 'percent' }} | {{ size item.share 2 'percent' }} | {{ date '2025-06-01' }} | {{ period 2015 2025 }} | {{ number 1234567 0 }}", culture: culture, language: language);
        using var _ = folder;
        Assert.Equal(expected.Replace(" ", "\u00a0", StringComparison.Ordinal).Replace("\u00a0|\u00a0", " | ", StringComparison.Ordinal).Replace("–", "\u2013", StringComparison.Ordinal),
            engine.Render("page", new { item = Sample }).Replace(" ", "\u00a0", StringComparison.Ordinal).Replace("\u00a0|\u00a0", " | ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "ingen indikatorer")]
    [InlineData(1, "1 indikator")]
    [InlineData(3, "3 indikatorer")]
    public void Plural_forms_are_chosen_by_n(int n, string expected)
    {
        var (folder, engine) = Engine("{{ t 'common.indicators' {n: count} }}");
        using var _ = folder;
        Assert.Equal(expected, engine.Render("page", new { count = n }));
    }

    [Theory]
    [InlineData("line one\n{{ item.titel }}", 2, 9, "titel")]
    [InlineData("{{ missing }}", 1, 4, "missing")]
    [InlineData("x\n\n  {{ t 'common.nokey' }}", 3, 6, "common.nokey")]
    [InlineData("x\n{{ if }}", 2, 7, "if")]
    public void Template_mistakes_are_positioned_errors(string page, int line, int column, string named)
    {
        var folder = new TempDirectory();
        using var _ = folder;
        var error = Assert.Throws<InputException>(() =>
        {
            var (f, engine) = Engine(page);
            using (f)
            {
                engine.Render("page", new { item = Sample });
            }
        });
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-error", diagnostic.Code);
        Assert.EndsWith("page.sbn", diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

/// <summary>
/// Municipal figures carry their source's flags as the national ones do, and the fact sheet and
/// the statistics bank mark a flagged figure in their tables, sentences and sparklines, with a note.
/// </summary>
public sealed class MunicipalFlagTests(MunicipalFixture sample) : IClassFixture<MunicipalFixture>
{
    private static readonly BuildStamp Stamp = new(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false);

    [Fact]
    public void A_municipal_source_whose_symbol_means_provisional_flags_the_figure()
    {
        using var edition = new MunicipalEdition();
        edition.Replace("indicators.yaml", "data: { file: data/kommuner/intro.csv, region: region }", "data: { file: data/kommuner/intro.csv, region: region, symbols: { \":\": provisional } }");
        var lines = File.ReadAllLines(Path.Combine(edition.Content, "data/kommuner/intro.csv"));
        edition.Write("data/kommuner/intro.csv", string.Join("\n", lines.Select((l, i) => i == 0 ? l + ",status" : l + (l.StartsWith("2023,0301,", StringComparison.Ordinal) ? ",:" : ","))) + "\n");

        var diagnostics = new List<Diagnostic>();
        var data = MunicipalDataLoader.Load(CatalogueLoader.Load(edition.CataloguePath), new EditionFiles(edition.Content, edition.Root), diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var oslo = data.Indicators.Single(i => i.Indicator.Id == "kIntro").Series.SelectMany(s => s.Observations).Where(o => o.Where.Line == lines.ToList().FindIndex(l => l.StartsWith("2023,0301,", StringComparison.Ordinal)) + 1).ToList();
        Assert.NotEmpty(oslo);
        Assert.All(oslo, o => Assert.Equal([StatusMeanings.Provisional], o.Flags));
        Assert.All(oslo, o => Assert.NotNull(o.Value));
    }

    [Fact]
    public void The_sample_municipal_figures_carry_no_flags()
    {
        Assert.DoesNotContain(sample.Data.Indicators.SelectMany(i => i.Series).SelectMany(s => s.Observations), o => o.Flags.Count > 0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_spreadsheet_has_a_flags_column_only_when_a_figure_is_flagged(bool flagged)
    {
        var analysis = Analysis(flagged);
        var phrases = MunicipalFixture.Phrases("nb");

        var sheet = MunicipalTable.Sheet(sample.Catalogue, analysis, phrases);

        var flags = sheet.Header.ToList().IndexOf("Flagg");
        Assert.Equal(flagged, flags >= 0);
        Assert.Equal(flagged ? [StatusMeanings.Provisional] : [], MunicipalTable.UsedFlags(analysis));
        if (flagged)
        {
            var marked = sheet.Rows.Where(r => (string?)r[flags] is { Length: > 0 }).ToList();
            Assert.NotEmpty(marked);
            Assert.All(marked, r => Assert.Equal(AnnualReport.Localization.FlagText.Marks(phrases, [StatusMeanings.Provisional]), r[flags]));
            Assert.All(marked, r => Assert.NotNull(r[8]));
        }
    }

    /// <summary>The sample's analysis, with every series' latest figure flagged provisional when <paramref name="flagged"/>.</summary>
    private MunicipalAnalysis Analysis(bool flagged)
    {
        var data = !flagged ? sample.Data : sample.Data with
        {
            Indicators = [.. sample.Data.Indicators.Select(d => d with
            {
                Series = [.. d.Series.Select(s => s with
                {
                    Observations = [.. s.Observations.Select(o => o.Value.HasValue && o.Year == s.Observations.Where(x => x.Value.HasValue).Max(x => x.Year) ? o with { Flags = [StatusMeanings.Provisional] } : o)],
                })],
            })],
        };
        return MunicipalAnalysis.Run(sample.Catalogue, data);
    }

    /// <summary>The sample's fact sheet for Oslo and the bank pages, with every series' latest figure flagged provisional when <paramref name="flagged"/>.</summary>
    private IReadOnlyList<RenderedPage> Render(bool flagged)
    {
        var analysis = Analysis(flagged);
        return new MunicipalRenderer(RepositoryPaths.Templates, MunicipalFixture.Phrases("nb"))
            .Render(sample.Catalogue, analysis, [analysis.FactSheet(analysis.Geography.Find("0301")!)], Stamp);
    }

    [Fact]
    public void A_fact_sheet_marks_flagged_figures_in_its_table_sentences_and_sparklines_with_a_note()
    {
        var html = Render(flagged: true).Single(p => p.FileName == "0301.html").Html;

        Assert.Matches(@"<td>\d+,\d p <span class=""sub"">", html);
        Assert.Matches(@"<p class=""table-note flag-notes""[^>]*>p Foreløpig tall\.</p>", html);
        Assert.Contains("<span class=\"flag-marks\" aria-hidden=\"true\">p</span><span class=\"flag-meaning\"> (foreløpig tall)</span>", html, StringComparison.Ordinal);
        Assert.Matches(@"<p class=""flag-notes""[^>]*>p Foreløpig tall\.</p>", html);
        Assert.Matches(@"<desc id=""spark-0301-[^""]+"">[^<]*Foreløpig tall \(p\): 2023\.</desc>", html);
        // The population and settled figures at the top, a note under their list.
        var population = html[html.IndexOf("population-heading", StringComparison.Ordinal)..html.IndexOf("summary-heading", StringComparison.Ordinal)];
        Assert.Contains("<span class=\"flag-marks\" aria-hidden=\"true\">p</span>", population, StringComparison.Ordinal);
        Assert.Matches(@"<p class=""flag-notes""[^>]*>p Foreløpig tall\.</p>", population);
    }

    [Fact]
    public void A_bank_page_marks_flagged_figures_with_a_note()
    {
        var bank = Render(flagged: true).First(p => p.FileName.EndsWith("kIntro.html", StringComparison.Ordinal)).Html;

        Assert.Matches(@"<td>[^<]*\d p</td>", bank);
        Assert.Matches(@"<p class=""table-note flag-notes""[^>]*>p Foreløpig tall\.</p>", bank);
    }

    [Fact]
    public void Municipal_pages_without_flagged_figures_have_no_marks_and_no_notes()
    {
        foreach (var page in Render(flagged: false))
        {
            Assert.DoesNotContain("flag-", page.Html, StringComparison.Ordinal);
            Assert.False(Regex.IsMatch(page.Html, @"<td>\d+,\d p"), page.FileName);
        }
    }
}

using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary>An edition reads a Eurostat extract with its flags: meanings by Eurostat's vocabulary or the catalogue's, a flagged break as a series break.</summary>
public sealed class EurostatEditionTests
{
    private static Series Total(IndicatorData data, string group) => data.Series.Single(s => s.GroupId == group && s.IsTotal);

    private static Series Category(IndicatorData data, string group, string category) => data.Series.Single(s => s.GroupId == group && s.Category == category);

    [Fact]
    public void Flags_become_meanings_and_the_b_flag_a_series_break()
    {
        using var edition = EurostatEdition.Create();

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var data = Assert.Single(report.Data);
        var seriesBreak = Assert.Single(data.Indicator.Breaks);
        Assert.Equal((2021, true), (seriesBreak.Year, seriesBreak.Flagged));
        var women = Category(data, "imm", "women");
        Assert.Equal(55.2, women.Observations[0].Value);
        Assert.Equal([StatusMeanings.LowReliability], women.Observations[0].Flags);
        Assert.Equal([StatusMeanings.Break], Total(data, "imm").Observations.Single(o => o.Year == 2021).Flags);
        Assert.Empty(Total(data, "imm").Observations.Single(o => o.Year == 2020).Flags);

        // ": u" is missing with a flag: not available, SSB's "..", never SSB's ":" (confidential).
        var men2014 = Category(data, "imm", "men").Observations[0];
        Assert.Equal((2014, null, ".."), (men2014.Year, men2014.Value, men2014.Status));
    }

    [Fact]
    public void A_declared_break_keeps_its_note_and_no_flagged_break_is_added_in_its_year()
    {
        using var edition = EurostatEdition.Create();
        File.WriteAllText(edition.CataloguePath, File.ReadAllText(edition.CataloguePath).Replace("    provenance: published", "    breaks:\n      - year: 2021\n        note: Ny utvalgsplan.\n    provenance: published", StringComparison.Ordinal));

        var data = Assert.Single(edition.Validate().Data);

        var seriesBreak = Assert.Single(data.Indicator.Breaks);
        Assert.Equal((2021, "Ny utvalgsplan.", false), (seriesBreak.Year, seriesBreak.Note, seriesBreak.Flagged));
    }

    [Fact]
    public void The_catalogue_can_give_a_flag_another_meaning()
    {
        using var edition = EurostatEdition.Create("""{ "u": too-uncertain, "b": revised }""");

        var data = Assert.Single(edition.Validate().Data);

        // Too uncertain to publish: the figure is hidden with SSB's "..", and "b" no longer breaks the series.
        var women2014 = Category(data, "imm", "women").Observations[0];
        Assert.Equal((null, ".."), (women2014.Value, women2014.Status));
        Assert.Empty(data.Indicator.Breaks);
        Assert.Equal([StatusMeanings.Revised], Total(data, "imm").Observations.Single(o => o.Year == 2021).Flags);
    }

    [Fact]
    public void An_unknown_meaning_is_a_diagnostic_at_its_value()
    {
        using var edition = EurostatEdition.Create("""{ "u": shaky }""");

        var error = edition.Single("unknown-meaning");

        Assert.Equal((Severity.Error, 41, 23), (error.Severity, error.Where.Line, error.Where.Column));
        Assert.Contains("too-uncertain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_without_a_meaning_stops_the_build_until_the_catalogue_gives_it_one()
    {
        using var edition = EurostatEdition.Create();
        edition.Data("lfsa_ergan.tsv", File.ReadAllText(EurostatTsvReaderTests.Fixture("lfsa_ergan.tsv")).Replace("59.8\t60.0\t60.4 b", "59.8\t60.0 x\t60.4 b", StringComparison.Ordinal));

        var error = edition.Single("unknown-flag");
        Assert.Equal((2, 56), (error.Where.Line, error.Where.Column));

        using var mapped = EurostatEdition.Create("""{ "x": definition-differs }""");
        mapped.Data("lfsa_ergan.tsv", File.ReadAllText(EurostatTsvReaderTests.Fixture("lfsa_ergan.tsv")).Replace("59.8\t60.0\t60.4 b", "59.8\t60.0 x\t60.4 b", StringComparison.Ordinal));
        var women = Assert.Single(mapped.Validate().Data).Series.Single(s => s.GroupId == "imm" && s.Category == "women");
        Assert.Equal([StatusMeanings.DefinitionDiffers], women.Observations.Single(o => o.Year == 2020).Flags);
    }

    [Fact]
    public void Weekly_or_daily_periods_stop_the_build_with_a_diagnostic_at_the_period()
    {
        using var edition = EurostatEdition.Create();
        var text = File.ReadAllText(EurostatTsvReaderTests.Fixture("lfsa_ergan.tsv"));
        edition.Data("lfsa_ergan.tsv", text.Replace("\t2022 \t2023 ", "\t2023-W01 \t2023-01-15 ", StringComparison.Ordinal));

        var report = edition.Validate();

        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, d => d.Where.Line == 1 && d.Message.Contains("2023-W01", StringComparison.Ordinal));
    }
}

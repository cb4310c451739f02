using System.Globalization;
using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Analysis;

/// <summary>
/// An indicator published by quarter (<c>frequency: quarterly</c>): its periods stay periods on one
/// running axis, and the year-based rules step through them as the method page says (changes from
/// the same quarter a year earlier, trend windows of N years of quarters, breaks at a year's first
/// quarter).
/// </summary>
public sealed class SubAnnualTests
{
    private static string Catalogue(string lines) =>
        EditionFixture.Catalogue.Replace("    breakdowns: [sex]\n", "    frequency: quarterly\n" + lines, StringComparison.Ordinal);

    /// <summary>Quarters from 2010Q1 to 2024Q2, rising by 0.1 a quarter for imm and flat for rest.</summary>
    private static (string Csv, Dictionary<(int Year, int Quarter), double> Imm) Quarters(params (int Year, int Quarter)[] leaveOut)
    {
        var csv = new StringBuilder("year,group,value\n");
        var imm = new Dictionary<(int, int), double>();
        var k = 0;
        for (var year = 2010; year <= 2024; year++)
        {
            for (var quarter = 1; quarter <= 4 && (year, quarter) != (2024, 3); quarter++, k++)
            {
                if (leaveOut.Contains((year, quarter)))
                {
                    continue;
                }

                imm[(year, quarter)] = 50 + (0.1 * k);
                csv.Append(CultureInfo.InvariantCulture, $"{year}K{quarter},imm,{imm[(year, quarter)].ToString("0.0", CultureInfo.InvariantCulture)}\n");
                csv.Append(CultureInfo.InvariantCulture, $"{year}K{quarter},rest,70\n");
            }
        }

        return (csv.ToString(), imm);
    }

    [Fact]
    public void Each_quarter_is_a_figure_of_its_own_at_its_place_on_the_axis()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", Quarters().Csv);

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var imm = report.Data.Single().Series.Single(s => s.GroupId == "imm");
        Assert.Equal(58, imm.Observations.Count);
        Assert.Equal("2010Q1", PeriodAxis.Code(imm.Observations[0].Year, 4));
        Assert.Equal("2024Q2", PeriodAxis.Code(imm.Observations[^1].Year, 4));
        Assert.Equal(4, report.Catalogue!.Indicators.Single().PerYear);
    }

    [Fact]
    public void Changes_compare_with_the_same_quarter_one_five_and_ten_years_earlier()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        var (csv, values) = Quarters();
        edition.Data("employment.csv", csv);

        var imm = edition.Validate().Analysis!.Indicators.Single().Series.Single(s => s.Series.GroupId == "imm");

        Assert.Equal("2024Q2", PeriodAxis.Code(imm.Latest!.Year, 4));
        Assert.Equal(values[(2024, 2)] - values[(2023, 2)], imm.Change1!.Value, 9);
        Assert.Equal("2023Q2", PeriodAxis.Code(imm.Change1Since!.Value, 4));
        Assert.Equal(values[(2024, 2)] - values[(2019, 2)], imm.Change5!.Value, 9);
        Assert.Equal(values[(2024, 2)] - values[(2014, 2)], imm.Change10!.Value, 9);
    }

    [Fact]
    public void The_trend_runs_through_every_quarter_of_the_window_and_is_per_quarter()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", Quarters().Csv);

        var imm = edition.Validate().Analysis!.Indicators.Single().Series.Single(s => s.Series.GroupId == "imm");

        Assert.Equal(AnalysisSettings.Default.TrendYears * 4, imm.Trend!.Points);
        Assert.Equal(0.1, imm.Trend.Slope, 9);
        Assert.Equal("2024Q2", PeriodAxis.Code(imm.Trend.ToYear, 4));
    }

    [Fact]
    public void A_break_declared_for_a_year_starts_at_its_first_quarter()
    {
        using var edition = new EditionFixture(Catalogue("    breaks:\n      - year: 2021\n        note: New source.\n"));
        edition.Data("employment.csv", Quarters().Csv);

        var imm = edition.Validate().Analysis!.Indicators.Single().Series.Single(s => s.Series.GroupId == "imm");

        Assert.Equal("2021Q1", PeriodAxis.Code(imm.Trend!.FromYear, 4));
        Assert.Equal(14, imm.Trend.Points);
        Assert.Null(imm.Change5);
        Assert.Equal("series-break", imm.Why["change5"].Key);
    }

    [Fact]
    public void A_missing_quarter_is_reported_by_its_code()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", Quarters((2022, 3)).Csv);

        var missing = Assert.Single(edition.Validate().Diagnostics, d => d.Code == "missing-year" && d.Message.Contains("imm", StringComparison.Ordinal));

        Assert.Contains("2022Q3", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_in_the_file_of_a_quarterly_indicator_are_refused_with_what_it_publishes()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", "year,group,value\n2023,imm,50\n2024,imm,52\n");

        var error = edition.Single("sub-annual-period");

        Assert.Contains("frequency: quarterly", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Where.Line);
    }

    [Fact]
    public void Months_in_the_file_of_a_quarterly_indicator_are_refused()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", "year,group,value\n2023M01,imm,50\n2023M02,imm,52\n");

        Assert.Contains("frequency: quarterly", edition.Single("sub-annual-period").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "      period: average\n")]
    [InlineData("", "      region: region\n")]
    [InlineData("    interval: 4\n", "")]
    [InlineData("    analysis:\n      standardise: {breakdown: sex, group: rest, year: 2020}\n", "")]
    public void Publishing_quarters_cannot_go_with_yearly_choices(string indicatorLines, string dataLines)
    {
        var catalogue = Catalogue(indicatorLines).Replace("    data: data/employment.csv\n", "    data:\n      file: data/employment.csv\n" + dataLines, StringComparison.Ordinal);
        using var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", Quarters().Csv);

        var conflict = Assert.Single(edition.Validate().Diagnostics, d => d.Code == "conflicting-choice");

        Assert.Contains("frequency: quarterly", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Curated_text_asking_for_the_value_in_a_year_of_quarters_is_refused_and_the_latest_quarter_is_not()
    {
        using var edition = new EditionFixture(Catalogue(string.Empty));
        edition.Data("employment.csv", Quarters().Csv);
        edition.Text("indicators:\n  employment: |\n    Nå {{ value \"employment\" group: \"imm\" }}, før {{ value \"employment\" group: \"imm\" year: 2023 }}.\n");

        var refused = Assert.Single(edition.Validate().Diagnostics, d => d.Code.StartsWith("text-", StringComparison.Ordinal));

        Assert.Equal("text-bad-argument", refused.Code);
        Assert.Contains("frequency: quarterly", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, refused.Where.Line);
    }

    [Fact]
    public void A_year_averaged_from_quarters_carries_the_flags_of_every_quarter_and_a_flagged_quarter_keeps_its_own()
    {
        const string Tsv = "unit,geo\\TIME_PERIOD\t2023-Q1 \t2023-Q2 \t2023-Q3 \t2023-Q4 \nPC,NO\t60 \t61 e\t62 p\t63 \nPC,SE\t70 \t70 \t70 \t70 \n";
        var catalogue = EditionFixture.Catalogue.Replace("    breakdowns: [sex]\n", string.Empty, StringComparison.Ordinal);
        using var yearly = new EditionFixture(catalogue.Replace("    data: data/employment.csv\n", "    data:\n      file: data/employment.tsv\n      group: geo\n      codes: { \"NO\": imm, SE: rest }\n      period: average\n", StringComparison.Ordinal));
        yearly.Data("employment.tsv", Tsv);
        using var quarterly = new EditionFixture(catalogue.Replace("    data: data/employment.csv\n", "    frequency: quarterly\n    data:\n      file: data/employment.tsv\n      group: geo\n      codes: { \"NO\": imm, SE: rest }\n", StringComparison.Ordinal));
        quarterly.Data("employment.tsv", Tsv);

        var year = Assert.Single(yearly.Validate().Data.Single().Series.Single(s => s.GroupId == "imm").Observations);
        var quarters = quarterly.Validate().Data.Single().Series.Single(s => s.GroupId == "imm").Observations;

        Assert.Equal(61.5, year.Value!.Value, 9);
        Assert.Equal(new[] { StatusMeanings.Estimated, StatusMeanings.Provisional }.Order(StringComparer.Ordinal), year.Flags.Order(StringComparer.Ordinal));
        Assert.Equal([[], [StatusMeanings.Estimated], [StatusMeanings.Provisional], []], quarters.Select(o => o.Flags.ToArray()));
    }
}

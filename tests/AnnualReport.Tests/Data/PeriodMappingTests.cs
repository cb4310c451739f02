using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>Quarters and months are never collapsed to years silently: the catalogue picks one, averages or sums complete years.</summary>
public sealed class PeriodMappingTests
{
    private const string Header = "year,group,sex,value\n";

    private static string Quarters(int year, params double[] values) =>
        string.Concat(values.Select((v, i) => $"{year}K{i + 1},imm,alle,{v.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n"));

    private static EditionFixture Edition(string period)
    {
        var edition = new EditionFixture(MappingTests.With($"""
                data:
                  file: data/employment.csv
                  {period}
            """));
        return edition;
    }

    [Fact]
    public void Quarters_without_a_period_rule_are_sub_annual_period_at_the_first_cell()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + Quarters(2023, 60, 61, 62, 63));

        var diagnostic = edition.Single("sub-annual-period");

        Assert.Equal(2, diagnostic.Where.Line);
        Assert.Contains("period: average", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picked_quarter_stands_for_its_year()
    {
        using var edition = Edition("period: { pick: Q4 }");
        edition.Data("employment.csv", Header + Quarters(2023, 60, 61, 62, 63) + Quarters(2024, 64, 65));

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var observation = Assert.Single(Assert.Single(report.Data).Series.Single().Observations);
        Assert.Equal((2023, 63.0), (observation.Year, observation.Value!.Value));
    }

    [Fact]
    public void A_picked_quarter_for_a_file_of_months_is_sub_annual_period()
    {
        using var edition = Edition("period: { pick: K4 }");
        edition.Data("employment.csv", Header + "2023M12,imm,alle,60\n");

        Assert.Contains("period.pick", edition.Single("sub-annual-period").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_average_is_taken_over_complete_years_and_incomplete_years_are_reported()
    {
        using var edition = Edition("period: average");
        edition.Data("employment.csv", Header + Quarters(2023, 60, 61, 62, 63) + Quarters(2024, 64, 65));

        var report = edition.Validate();

        var observation = Assert.Single(Assert.Single(report.Data).Series.Single().Observations);
        Assert.Equal((2023, 61.5), (observation.Year, observation.Value!.Value));
        Assert.Contains("2024", Assert.Single(report.Diagnostics, d => d.Code == "incomplete-year").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_of_months_counts_a_complete_year()
    {
        using var edition = Edition("period: sum");
        edition.Data("employment.csv", Header + string.Concat(Enumerable.Range(1, 12).Select(m => $"2023-{m:00},imm,alle,{m}\n")));

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(78, Assert.Single(report.Data).Series.Single().Observations.Single().Value);
    }

    [Fact]
    public void A_year_with_a_missing_quarter_gets_no_average()
    {
        using var edition = Edition("period: average");
        edition.Data("employment.csv", "year,group,sex,value,status\n2023K1,imm,alle,60,\n2023K2,imm,alle,,..\n2023K3,imm,alle,62,\n2023K4,imm,alle,63,\n");

        var report = edition.Validate();

        Assert.Empty(Assert.Single(report.Data).Series);
        Assert.Single(report.Diagnostics, d => d.Code == "incomplete-year");
    }

    [Theory]
    [InlineData("period: { pick: Q5 }")]
    [InlineData("period: median")]
    public void A_period_rule_that_is_not_one_of_the_choices_is_wrong_type(string period)
    {
        using var edition = Edition(period);
        edition.Data("employment.csv", Header + "2023,imm,alle,60\n");

        Assert.Single(edition.Validate().Diagnostics, d => d.Code == "wrong-type");
    }
}

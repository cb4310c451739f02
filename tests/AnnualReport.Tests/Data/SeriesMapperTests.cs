using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

public sealed class SeriesMapperTests
{
    private const string Header = "year,group,sex,value,status\n";

    [Fact]
    public void Totals_and_breakdown_categories_become_separate_series_in_catalogue_order()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + "2024,rest,alle,80,\n2024,imm,women,60,\n2024,imm,alle,65,\n2024,imm,men,70,\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var series = Assert.Single(report.Data).Series;
        Assert.Equal(
            [("imm", null, null), ("imm", "sex", "men"), ("imm", "sex", "women"), ("rest", null, null)],
            series.Select(s => (s.GroupId, s.Breakdown, s.Category)));
        Assert.Equal(70, series[1].Observations.Single().Value);
    }

    [Fact]
    public void Codes_are_renamed_and_other_dimensions_filtered()
    {
        var catalogue = EditionFixture.Catalogue.Replace("    data: data/employment.csv\n", """
                data:
                  file: data/employment.csv
                  year: Tid
                  group: Gruppe
                  breakdowns: { Kjonn: sex }
                  total: "0"
                  filter: { ContentsCode: Andel }
                  codes: { "1": men, "2": women, I: imm, R: rest }

            """.Replace("\n    ", "\n    ", StringComparison.Ordinal), StringComparison.Ordinal);
        using var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", "Tid,Gruppe,Kjonn,ContentsCode,value\n2024,I,0,Andel,65\n2024,I,1,Andel,70\n2024,I,0,Antall,1000\n2024,R,0,Andel,80\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var series = Assert.Single(report.Data).Series;
        Assert.Equal(65, series.Single(s => s.GroupId == "imm" && s.IsTotal).Observations.Single().Value);
        Assert.Equal(70, series.Single(s => s.Category == "men").Observations.Single().Value);
    }

    [Fact]
    public void Counts_without_a_value_give_the_share_and_a_zero_denominator_gives_no_share()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,sex,value,numerator,denominator\n2023,imm,alle,,300,400\n2024,imm,alle,,0,0\n");

        var observations = Assert.Single(edition.Validate().Data).Series.Single().Observations;

        Assert.Equal(75, observations[0].Value);
        Assert.Null(observations[1].Value);
        Assert.Equal(".", observations[1].Status);
    }

    [Theory]
    [InlineData("2023", 2023)]
    [InlineData("2023K4", 2023)]
    [InlineData("2023M12", 2023)]
    [InlineData("2023-Q4", 2023)]
    [InlineData("2021-2023", 2023)]
    [InlineData("23", null)]
    [InlineData("år 2023", null)]
    public void Year_codes_of_periods_give_their_last_year(string code, int? year)
    {
        Assert.Equal(year, PeriodCode.Parse(code)?.Year);
    }

    [Fact]
    public void A_code_that_is_not_a_year_is_bad_year()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + "2024,imm,alle,65,\nsiste,imm,alle,66,\n");

        Assert.Equal(3, edition.Single("bad-year").Where.Line);
    }

    [Fact]
    public void A_group_missing_from_the_catalogue_is_unknown_group_once()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + "2023,aliens,alle,50,\n2024,aliens,alle,51,\n");

        Assert.Equal(2, edition.Single("unknown-group").Where.Line);
    }

    [Fact]
    public void A_category_missing_from_the_breakdown_is_unknown_category()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + "2024,imm,other,50,\n");

        Assert.Contains("other", edition.Single("unknown-category").Message);
    }

    [Fact]
    public void A_mapped_dimension_the_file_lacks_is_unknown_dimension()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,value\n2024,imm,50\n");

        Assert.Contains("sex", edition.Single("unknown-dimension").Message);
    }

    [Fact]
    public void An_extra_dimension_without_a_filter_is_unmapped_dimension()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", "year,group,sex,region,value\n2024,imm,alle,0301,50\n2024,imm,alle,1103,51\n");

        Assert.Contains("region", edition.Single("unmapped-dimension").Message);
    }

    [Fact]
    public void Two_cells_mapped_to_the_same_series_and_year_are_a_duplicate_observation()
    {
        var catalogue = EditionFixture.Catalogue.Replace("    data: data/employment.csv\n", "    data:\n      file: data/employment.csv\n      codes: { I: imm, J: imm }\n", StringComparison.Ordinal);
        using var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", Header + "2024,I,alle,50,\n2024,J,alle,51,\n");

        Assert.Equal(3, edition.Single("duplicate-observation").Where.Line);
    }

    [Fact]
    public void A_missing_data_file_points_at_the_indicator_data_entry()
    {
        using var edition = new EditionFixture();

        var diagnostic = edition.Single("file-not-found");

        Assert.Equal(Path.Combine("editions", "2025", "indicators.yaml"), diagnostic.Where.File); // shown relative to the project folder when no working folder is given
        Assert.Equal((33, 11), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Sample_data_loads_with_employment_broken_down()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var data = DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition));

        var employment = data.Single(d => d.Indicator.Id == "sysselsetting");
        Assert.Contains(employment.Series, s => s.GroupId == "innvandrere" && s.IsTotal);
        Assert.Contains(employment.Series, s => s.GroupId == "ovrige" && s.IsTotal);
    }
}

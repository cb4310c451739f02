using AnnualReport.Model;
using AnnualReport.Tests.Municipal;

namespace AnnualReport.Tests.Data;

/// <summary>
/// The classification, code changes and comparison groups: every mistake is an error against
/// the geography file itself, at its line and column, and none crashes the run.
/// </summary>
public sealed class GeographyTests
{
    private const string Classification = "geography/kommuner-2024.csv";
    private const string Changes = "geography/endringer-2024.csv";
    private const string Groups = "geography/kommunegrupper.csv";

    private static SourceSpan At(string file, int line, int column) => new(MunicipalEdition.Display(file), line, column);

    [Fact]
    public void A_municipality_code_listed_twice_is_duplicate_id_at_the_second_row()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Classification, "0301,Oslo,03,Oslo\n");

        var diagnostic = edition.Single("duplicate-id");

        Assert.Equal(At(Classification, line, 1), diagnostic.Where);
        Assert.Contains("linje 2", diagnostic.Message);
    }

    [Fact]
    public void A_row_with_another_number_of_fields_is_bad_row_at_its_line()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Classification, "9998,Ingensteds,03\n");

        Assert.Equal(At(Classification, line, 1), edition.Single("bad-row").Where);
    }

    [Fact]
    public void An_unclosed_quote_is_bad_row_at_the_quote()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Classification, "9998,\"Ingensteds,03,Oslo\n");

        Assert.Equal(At(Classification, line, 6), edition.Single("bad-row").Where);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("301")]
    [InlineData("03011")]
    [InlineData("030a")]
    [InlineData("\u0660\u0663\u0660\u0661")]
    public void A_municipality_code_that_is_not_four_digits_is_bad_region_code(string code)
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Classification, $"{code},Ingensteds,03,Oslo\n");

        var diagnostic = edition.Single("bad-region-code");

        Assert.Equal(At(Classification, line, 1), diagnostic.Where);
    }

    [Fact]
    public void A_county_code_that_is_not_two_digits_is_bad_region_code_at_its_column()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Classification, "9998,Ingensteds,3,Oslo\n");

        Assert.Equal(At(Classification, line, 17), edition.Single("bad-region-code").Where);
    }

    [Fact]
    public void A_classification_without_municipalities_is_no_data()
    {
        using var edition = new MunicipalEdition();
        edition.Write(Classification, "kode,navn,fylkeskode,fylke\n");

        Assert.Equal(At(Classification, 1, 1), edition.Single("no-data").Where);
    }

    [Fact]
    public void A_bad_header_is_reported_against_the_geography_file_as_the_user_sees_it()
    {
        using var edition = new MunicipalEdition();
        edition.Replace(Groups, "kode,gruppe\n", "code,group\n");

        Assert.Equal(At(Groups, 1, 1), edition.Single("bad-header").Where);
    }

    [Fact]
    public void Shares_of_an_old_code_that_do_not_add_up_to_one_are_share_sum_at_its_first_row()
    {
        using var edition = new MunicipalEdition();
        edition.Replace(Changes, "1507,1580,0.07", "1507,1580,0.05");

        var diagnostic = edition.Single("share-sum");

        Assert.Equal(At(Changes, 10, 11), diagnostic.Where);
        Assert.Contains("0.98", diagnostic.Message);
    }

    [Fact]
    public void A_share_with_a_decimal_comma_is_bad_number_at_its_column()
    {
        using var edition = new MunicipalEdition();
        edition.Replace(Changes, "1507,1580,0.07", "1507,1580,\"0,07\"");

        var diagnostic = edition.Single("bad-number");

        Assert.Equal(At(Changes, 11, 11), diagnostic.Where);
        Assert.Contains("desimalpunktum", diagnostic.Message);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-0.5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("")]
    public void A_share_that_is_no_number_above_0_and_at_most_1_is_bad_number(string share)
    {
        using var edition = new MunicipalEdition();
        edition.Replace(Changes, "3005,3301,1.0", $"3005,3301,{share}");

        Assert.Equal(At(Changes, 2, 11), edition.Single("bad-number").Where);
    }

    [Fact]
    public void A_change_to_a_code_outside_the_classification_is_unknown_region()
    {
        using var edition = new MunicipalEdition();
        edition.Replace(Changes, "3005,3301,1.0", "3005,3399,1.0");

        var diagnostic = edition.Single("unknown-region");

        Assert.Equal(At(Changes, 2, 6), diagnostic.Where);
        Assert.Contains("3399", diagnostic.Message);
    }

    [Fact]
    public void The_same_change_listed_twice_is_duplicate_id()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Changes, "1507,1580,0.07\n");

        Assert.Equal(At(Changes, line, 6), edition.Single("duplicate-id").Where);
    }

    [Fact]
    public void A_comparison_group_for_a_code_outside_the_classification_is_unknown_region()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(Groups, "9998,stor\n");

        Assert.Equal(At(Groups, line, 1), edition.Single("unknown-region").Where);
    }
}

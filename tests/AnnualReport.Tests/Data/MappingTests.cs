using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>
/// The mappings real tables need (issue 18, item 3): per-dimension code maps, ignored codes that
/// still catch typos, codes renamed to something the indicator does not list, breakdowns without a total.
/// </summary>
public sealed class MappingTests
{
    private const string Header = "year,group,sex,value\n";

    /// <summary>The fixture's catalogue with the indicator's <c>data:</c> replaced by <paramref name="data"/> (lines indented under the indicator).</summary>
    internal static string With(string data, string? extra = null) =>
        EditionFixture.Catalogue.Replace("    data: data/employment.csv\n", data.TrimEnd('\n') + "\n" + (extra ?? string.Empty), StringComparison.Ordinal);

    [Fact]
    public void The_same_code_in_two_dimensions_maps_per_dimension()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  codes:
                    group: { "1": imm, "2": rest }
                    sex: { "1": men, "2": women }
            """));
        edition.Data("employment.csv", Header + "2024,1,alle,65\n2024,1,1,70\n2024,1,2,60\n2024,2,alle,80\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var series = Assert.Single(report.Data).Series;
        Assert.Equal([("imm", null), ("imm", "men"), ("imm", "women"), ("rest", null)], series.Select(s => (s.GroupId, s.Category)));
    }

    [Fact]
    public void Unlisted_codes_are_ignored_and_remembered_when_the_catalogue_says_so()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  ignore: unlisted
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n2024,imm,men,66\n2024,imm,women,64\n2024,rest,alle,80\n2024,SE,alle,70\n2024,DK,alle,71\n2024,imm,other,1\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var data = Assert.Single(report.Data);
        Assert.Equal(4, data.Series.Count);
        Assert.Equal(["group DK", "group SE", "sex other"], data.Ignored.Select(i => $"{i.Dimension} {i.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_ignore_an_unknown_code_is_still_unknown_group_and_names_the_switch()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n2024,SE,alle,70\n");

        Assert.Contains("ignore", edition.Single("unknown-group").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_codes_are_ignored_in_the_dimension_named()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  ignore: { group: [SE, DK] }
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n2024,SE,alle,70\n2024,DK,alle,71\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(["SE", "DK"], Assert.Single(report.Data).Ignored.Select(i => i.Code));
    }

    [Fact]
    public void A_code_to_ignore_that_the_file_lacks_is_unknown_category_at_the_code()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  ignore: [SE, DKK]
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n2024,SE,alle,70\n2024,DK,alle,71\n");

        var diagnostic = Assert.Single(edition.Validate().Diagnostics, d => d.Code == "unknown-category");

        Assert.Contains("DKK", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("indicators.yaml", diagnostic.Where.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_renamed_to_a_group_the_indicator_does_not_list_is_mapped_not_listed_even_with_ignore()
    {
        using var edition = new EditionFixture(With(
            """
                data:
                  file: data/employment.csv
                  codes: { I: imm, R: rest }
                  ignore: unlisted
            """,
            "    groups: [imm]\n"));
        edition.Data("employment.csv", Header + "2024,I,alle,65\n2024,R,alle,80\n");

        var diagnostic = edition.Single("mapped-not-listed");

        Assert.Equal(3, diagnostic.Where.Line);
        Assert.Contains("rest", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_renamed_to_a_category_the_breakdown_lacks_is_mapped_not_listed()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  codes: { X: unknown }
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n2024,imm,X,1\n");

        Assert.Contains("unknown", edition.Single("mapped-not-listed").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ignore_unlisted_a_listed_group_no_code_gives_is_listed_not_found()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  ignore: { group: unlisted }
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n2024,rst,alle,80\n");

        var diagnostic = edition.Single("listed-not-found");

        Assert.Contains("rest", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("indicators.yaml", diagnostic.Where.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breakdown_without_its_total_is_missing_total()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", Header + "2024,imm,men,70\n2024,imm,women,60\n");

        Assert.Contains("total: none", edition.Single("missing-total").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_total_none_the_categories_are_the_main_series()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  total: none
            """));
        edition.Data("employment.csv", Header + "2024,imm,men,70\n2024,imm,women,60\n");

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(["men", "women"], Assert.Single(report.Data).MainSeries().Select(s => s.Category));
    }

    [Theory]
    [InlineData("ignore: { group: 3 }")]
    [InlineData("ignore: [[a]]")]
    [InlineData("codes: { group: [a] }")]
    public void A_mapping_of_the_wrong_shape_is_wrong_type(string line)
    {
        using var edition = new EditionFixture(With($"""
                data:
                  file: data/employment.csv
                  {line}
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n");

        var expected = Array.FindIndex(File.ReadAllLines(edition.CataloguePath), l => l.Contains(line, StringComparison.Ordinal)) + 1;
        Assert.Equal(expected, edition.Single("wrong-type").Where.Line);
    }

    [Fact]
    public void A_dimension_named_in_codes_that_the_file_lacks_is_unknown_dimension()
    {
        using var edition = new EditionFixture(With("""
                data:
                  file: data/employment.csv
                  codes: { kjonn: { "1": men } }
            """));
        edition.Data("employment.csv", Header + "2024,imm,alle,65\n");

        Assert.Contains("kjonn", edition.Single("unknown-dimension").Message, StringComparison.Ordinal);
    }
}

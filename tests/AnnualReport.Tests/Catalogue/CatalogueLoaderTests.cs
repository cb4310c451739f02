using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

public sealed class CatalogueLoaderTests
{
    private const string Valid = """
        edition:
          title: Test
          year: 2025
          publisher: Tester
          referenceGroup: rest
        groups:
          - id: imm
            label: Immigrants
          - id: rest
            label: Rest
        themes:
          - id: work
            title: Work
        indicators:
          - id: employment
            theme: work
            level: main
            title: Employment
            definition: Share employed.
            unit: percent
            polarity: higherIsBetter
            source:
              name: Somewhere
            data: data/employment.csv
            provenance: illustrative
        """;

    [Fact]
    public void Sample_catalogue_loads_with_its_themes_and_indicators_in_order()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);

        Assert.Equal("nb-NO", catalogue.Edition.Culture.Name);
        Assert.Equal(["befolkning", "arbeid", "utdanning", "levekar", "fellesskap"], catalogue.Themes.Select(t => t.Id));
        Assert.True(catalogue.Themes[0].Background);
        var employment = catalogue.Indicators.Single(i => i.Id == "sysselsetting");
        Assert.Equal(Unit.Percent, employment.Unit);
        Assert.Equal(["kjonn", "botid", "landbakgrunn"], employment.Breakdowns);
        Assert.Equal(2015, Assert.Single(employment.Breaks).Year);
    }

    [Fact]
    public void Valid_catalogue_keeps_where_each_indicator_was_defined()
    {
        using var temp = new TempDirectory();
        var catalogue = CatalogueLoader.Load(temp.File("indicators.yaml", Valid));

        var indicator = Assert.Single(catalogue.Indicators);
        Assert.Equal(15, indicator.Where.Line);
        Assert.Equal(5, indicator.Where.Column);
        Assert.Equal("nb-NO", catalogue.Edition.Culture.Name);
        Assert.Equal(1, indicator.Decimals);
    }

    [Theory]
    [InlineData("    level: main\n", "    level: main\n    colour: red\n", "unknown-key", 18, 5)]
    [InlineData("    unit: percent\n", "    unit: percent\n    decimals: one\n", "wrong-type", 21, 15)]
    [InlineData("    unit: percent\n", "    unit: furlongs\n", "wrong-type", 20, 11)]
    [InlineData("    title: Employment\n", "", "missing-field", 15, 5)]
    [InlineData("    theme: work\n", "    theme: health\n", "unknown-theme", 16, 12)]
    [InlineData("  referenceGroup: rest\n", "  referenceGroup: everyone\n", "unknown-group", 5, 19)]
    [InlineData("    level: main\n", "    level: main\n    level: supplementary\n", "duplicate-key", 18, 5)]
    [InlineData("    title: Employment\n", "    title: [Employment\n", "yaml-syntax", 18, 12)]
    [InlineData("    title: Employment\n", "    title: Employment\n   definition: x\n", "yaml-syntax", 19, 4)]
    public void Mistakes_are_reported_with_code_line_and_column(string find, string replace, string code, int line, int column)
    {
        using var temp = new TempDirectory();
        var path = temp.File("indicators.yaml", Valid.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load(path));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new SourceSpan(path, line, column), diagnostic.Where);
        Assert.StartsWith($"{path}({line},{column}): error {code}: ", diagnostic.ToString());
    }

    [Theory]
    [InlineData("    label: Rest\n", "    label: Rest\n  - id: all\n    label: All\n    sumOf: [imm, everyone]\n", "unknown-group")]
    [InlineData("    label: Rest\n", "    label: Rest\n  - id: all\n    label: All\n    sumOf: [all, imm]\n", "unknown-group")]
    [InlineData("    label: Rest\n", "    label: Rest\n  - id: all\n    label: All\n    sumOf: [imm]\n", "wrong-type")]
    public void A_group_is_the_sum_of_two_or_more_other_known_groups(string find, string replace, string code)
    {
        using var temp = new TempDirectory();
        var path = temp.File("indicators.yaml", Valid.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load(path));
        Assert.Equal(code, Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_group_that_sums_others_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.File("indicators.yaml", Valid.Replace("    label: Rest\n", "    label: Rest\n  - id: all\n    label: All\n    sumOf: [imm, rest]\n", StringComparison.Ordinal));

        Assert.Equal(["imm", "rest"], CatalogueLoader.Load(path).FindGroup("all")!.SumOf);
    }

    [Fact]
    public void Two_indicators_with_one_id_are_a_duplicate_id()
    {
        using var temp = new TempDirectory();
        var twice = Valid + "\n" + Valid[Valid.IndexOf("  - id: employment", StringComparison.Ordinal)..];

        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load(temp.File("indicators.yaml", twice)));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("duplicate-id", diagnostic.Code);
        Assert.Equal((26, 5), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void An_indicator_breakdown_that_is_not_defined_is_unknown_breakdown()
    {
        using var temp = new TempDirectory();
        var path = temp.File("indicators.yaml", Valid.Replace("    data: data/employment.csv\n", "    breakdowns: [sex]\n    data: data/employment.csv\n", StringComparison.Ordinal));

        var diagnostic = Assert.Single(Assert.Throws<InputException>(() => CatalogueLoader.Load(path)).Diagnostics);

        Assert.Equal("unknown-breakdown", diagnostic.Code);
        Assert.Equal((24, 18), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        using var temp = new TempDirectory();
        var broken = Valid.Replace("    theme: work\n", "    theme: health\n", StringComparison.Ordinal)
            .Replace("    unit: percent\n", "    unit: furlongs\n", StringComparison.Ordinal)
            .Replace("  year: 2025\n", "  year: 2025\n  colour: red\n", StringComparison.Ordinal);

        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load(temp.File("indicators.yaml", broken)));

        Assert.Equal(["unknown-key", "unknown-theme", "wrong-type"], error.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_missing_catalogue_is_one_clear_diagnostic()
    {
        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load("/nowhere/indicators.yaml"));

        Assert.Equal("file-not-found", Assert.Single(error.Diagnostics).Code);
    }
}

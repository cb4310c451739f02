using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

public sealed class DataLoaderTests
{
    private static InputException LoadWith(string csv)
    {
        using var temp = new TempDirectory();
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var content = Path.Combine(temp.Path, "content");
        foreach (var indicator in catalogue.Indicators)
        {
            var source = Path.Combine(RepositoryPaths.Root, "content", "2025", indicator.DataFile);
            var target = Path.Combine(content, indicator.DataFile);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, indicator.Id == "sysselsetting" ? csv : File.ReadAllText(source));
        }

        return Assert.Throws<InputException>(() => DataLoader.Load(catalogue, content));
    }

    [Fact]
    public void Sample_data_loads_one_series_per_group_in_catalogue_order()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var data = DataLoader.Load(catalogue, Path.Combine(RepositoryPaths.Root, "content", "2025"));

        var employment = data.Single(d => d.Indicator.Id == "sysselsetting");
        Assert.Equal(["innvandrere", "ovrige"], employment.Series.Select(s => s.GroupId));
        Assert.Equal(68.2, employment.Series[0].Observations[^1].Value);
    }

    [Fact]
    public void Unknown_group_is_an_error()
    {
        var error = LoadWith("year,group,value\n2023,aliens,50\n");

        Assert.Equal("unknown-group", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_year_given_twice_for_a_group_is_a_duplicate_observation()
    {
        var error = LoadWith("year,group,value\n2023,innvandrere,50\n2023,innvandrere,51\n");

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("duplicate-observation", diagnostic.Code);
        Assert.Equal(3, diagnostic.Where.Line);
    }

    [Fact]
    public void A_percentage_above_100_is_impossible()
    {
        var error = LoadWith("year,group,value\n2023,innvandrere,130\n");

        Assert.Equal("impossible-value", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_data_file_points_at_the_indicator()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        using var temp = new TempDirectory();

        var error = Assert.Throws<InputException>(() => DataLoader.Load(catalogue, temp.Path));

        Assert.All(error.Diagnostics, d => Assert.Equal("file-not-found", d.Code));
        Assert.Equal(catalogue.Indicators.Count, error.Diagnostics.Count);
        Assert.Equal(catalogue.Indicators[0].Where, error.Diagnostics[0].Where);
    }
}

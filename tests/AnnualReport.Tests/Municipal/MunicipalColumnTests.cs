using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Municipal;

/// <summary>Municipal figures' errors point at the field that is wrong, and a wrong column name at the header.</summary>
public sealed class MunicipalColumnTests
{
    private const string File = "data/kommuner/sysselsetting.csv";

    [Fact]
    public void A_misspelt_region_column_is_named_at_the_header()
    {
        using var edition = new MunicipalEdition();
        edition.Replace(File, "year,region,group,botid", "year,regoin,group,botid");

        var diagnostic = edition.Single("unknown-dimension");

        Assert.EndsWith("sysselsetting.csv", diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Equal((1, 6), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("regoin", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("year, region, group, botid", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_region_points_at_the_region_cell()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(File, "2023,9999,innvandrere,alle,5,10,\n");

        var diagnostic = edition.Single("unknown-region");

        Assert.Equal((line, 6), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void An_unknown_group_points_at_the_group_cell()
    {
        using var edition = new MunicipalEdition();
        var line = edition.Append(File, "2023,0301,aliens,alle,5,10,\n");

        var diagnostic = edition.Single("unknown-group");

        Assert.Equal((line, 11), (diagnostic.Where.Line, diagnostic.Where.Column));
    }
}

using AnnualReport.Model;

namespace AnnualReport.Tests.Municipal;

/// <summary>
/// inconsistent-total for municipal figures: municipalities above their county, counties above the
/// country, a municipality's country backgrounds above its number of immigrants.
/// </summary>
public sealed class MunicipalConsistencyTests
{
    private static int LineOf(MunicipalEdition edition, string name, string start) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(edition.Content, name)), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Municipalities_above_their_county_are_inconsistent_total_at_the_county_row()
    {
        using var edition = new MunicipalEdition();
        edition.Replace("data/kommuner/bosatte.csv", "2019,0301,innvandrere,2859\n", "2019,0301,innvandrere,3859\n");

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Equal(new SourceSpan(MunicipalEdition.Display("data/kommuner/bosatte.csv"), LineOf(edition, "data/kommuner/bosatte.csv", "2019,f03,innvandrere,"), 22), diagnostic.Where);
        Assert.Contains("kommunene i Oslo (f03) for innvandrere 2019 er til sammen 3 859, mer enn fylket (f03) 2 859", diagnostic.Message);
        Assert.Contains("0301 Oslo 3 859 (linje 2, kolonne 23)", diagnostic.Message);
    }

    [Fact]
    public void Counties_whose_denominators_exceed_the_country_are_inconsistent_total_at_the_country_row()
    {
        using var edition = new MunicipalEdition();
        edition.Replace("data/kommuner/innvandrerandel.csv", "2019,f11,innvandrere,69992,443140,\n", "2019,f11,innvandrere,69992,9443140,\n");

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Equal(LineOf(edition, "data/kommuner/innvandrerandel.csv", "2019,0,innvandrere,"), diagnostic.Where.Line);
        Assert.Contains("nevnerne for fylkene for innvandrere 2019", diagnostic.Message);
        Assert.Contains("mer enn nevneren for landet (0) 5 576 820", diagnostic.Message);
        Assert.Contains("f11 9 443 140", diagnostic.Message);
    }

    [Fact]
    public void Country_backgrounds_above_the_number_of_immigrants_are_inconsistent_total_at_the_immigrants()
    {
        using var edition = new MunicipalEdition();
        edition.Replace("data/kommuner/landbakgrunn.csv", "2023,0301,innvandrere,polen,10836\n", "2023,0301,innvandrere,polen,210836\n");

        var diagnostic = edition.Single("inconsistent-total");

        Assert.Equal(LineOf(edition, "data/kommuner/innvandrerandel.csv", "2023,0301,innvandrere,"), diagnostic.Where.Line);
        Assert.Contains("landene i landbakgrunnsfilen for 0301 Oslo (innvandrere 2023)", diagnostic.Message);
        Assert.Contains("mer enn antallet innvandrere (telleren) 196 711", diagnostic.Message);
        Assert.Contains($"de står i {MunicipalEdition.Display("data/kommuner/landbakgrunn.csv")}: polen 210 836 (linje 2, kolonne 29)", diagnostic.Message);
    }

    [Fact]
    public void A_split_municipality_is_not_inconsistent_whatever_its_shares()
    {
        // The old code's figures are never shared out by the shares (the new municipalities show
        // "."), so no rounded half can push a county over its total.
        using var edition = new MunicipalEdition();
        edition.Replace("geography/endringer-2024.csv", "1507,1508,0.93\n1507,1580,0.07", "1507,1508,0.5\n1507,1580,0.5");

        Assert.DoesNotContain(edition.ValidateMunicipal(), d => d.Code == "inconsistent-total");
    }

    [Fact]
    public void The_sample_municipal_figures_are_consistent()
    {
        using var edition = new MunicipalEdition();

        Assert.DoesNotContain(edition.ValidateMunicipal(), d => d.Code == "inconsistent-total");
    }
}

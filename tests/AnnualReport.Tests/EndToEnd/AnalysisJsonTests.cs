using System.Text.Json;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>analysis.json of the sample edition: the fields the issue names, nulls for missing, and the same bytes every build.</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class AnalysisJsonTests(SampleBuildFixture build)
{
    private static readonly string[] SeriesFields =
    [
        "indicator", "group", "breakdown", "category", "unit", "points", "latest", "latestYear", "change1", "change5", "change10",
        "slope", "slopeLow", "slopeHigh", "direction", "gap", "gapRatio", "gapChange5", "gapChange10",
    ];

    private JsonElement Root => JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Site, "analysis.json"))).RootElement;

    [Fact]
    public void Every_series_has_every_field_and_points_with_year_value_status()
    {
        var series = Root.GetProperty("series").EnumerateArray().ToList();

        Assert.True(series.Count > 100);
        Assert.All(series, s =>
        {
            foreach (var field in SeriesFields)
            {
                Assert.True(s.TryGetProperty(field, out _), $"{s.GetProperty("indicator")}: missing {field}");
            }

            Assert.All(s.GetProperty("points").EnumerateArray(), p =>
            {
                Assert.Equal(JsonValueKind.Number, p.GetProperty("year").ValueKind);
                Assert.True(p.TryGetProperty("value", out _) && p.TryGetProperty("status", out _));
            });
        });
    }

    [Fact]
    public void Employment_for_immigrants_matches_the_published_figures_and_respects_the_break()
    {
        var employment = Root.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("indicator").GetString() == "sysselsetting" && s.GetProperty("group").GetString() == "innvandrere" && s.GetProperty("breakdown").ValueKind == JsonValueKind.Null);

        Assert.Equal(68.2, employment.GetProperty("latest").GetDouble());
        Assert.Equal(2023, employment.GetProperty("latestYear").GetInt32());
        Assert.Equal(-0.7, employment.GetProperty("change1").GetDouble(), 6);
        Assert.Equal(-11.6, employment.GetProperty("gap").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, employment.GetProperty("change10").ValueKind);
        var why = employment.GetProperty("why").GetProperty("change10");
        Assert.Equal("series-break", why.GetProperty("code").GetString());
        Assert.Equal("brudd i serien i 2015", why.GetProperty("text").GetString());
        Assert.True(employment.GetProperty("slopeLow").GetDouble() <= employment.GetProperty("slope").GetDouble());
    }

    [Fact]
    public void Themes_summarise_their_main_indicators()
    {
        var themes = Root.GetProperty("themes").EnumerateArray().ToList();

        Assert.Equal(["befolkning", "arbeid", "utdanning", "levekar", "fellesskap"], themes.Select(t => t.GetProperty("theme").GetString()));
        var work = themes.Single(t => t.GetProperty("theme").GetString() == "arbeid");
        var counted = new[] { "improving", "stable", "worsening", "undetermined" }.Sum(k => work.GetProperty(k).GetArrayLength());
        Assert.Equal(2, counted);
    }

    [Fact]
    public void Standardised_employment_has_parts_that_add_up()
    {
        var standardised = Root.GetProperty("standardised").EnumerateArray().Single();
        var decomposition = standardised.GetProperty("decomposition");

        Assert.Equal("botid", standardised.GetProperty("breakdown").GetString());
        Assert.Equal(
            decomposition.GetProperty("total").GetDouble(),
            decomposition.GetProperty("composition").GetDouble() + decomposition.GetProperty("outcome").GetDouble(),
            5);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_give_the_same_bytes()
    {
        using var temp = new TempDirectory();
        var again = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.Catalogue) { OutputDirectory = Path.Combine(temp.Path, "2025"), Pdf = false, Date = SampleBuildFixture.BuildDate });

        // print.html is left out: after a build with PDF its contents carry page numbers.
        foreach (var file in new[] { "analysis.json", "figures.xlsx", "data/sysselsetting.csv" }.Concat(again.MainLanguage().Pages).Where(f => f != "print.html"))
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(build.Site, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(again.MainLanguage().Directory, file))),
                $"{file} differs between two builds");
        }
    }
}

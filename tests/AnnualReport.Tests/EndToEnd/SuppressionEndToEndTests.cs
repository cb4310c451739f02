using System.Text.Json;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>A suppressed figure is never drawn, written or exported: checked on a built edition.</summary>
[Trait("Tier", "Full")]
public sealed class SuppressionEndToEndTests
{
    [Fact]
    public async Task Small_counts_are_hidden_in_tables_charts_and_analysis_json()
    {
        using var edition = new EditionFixture();
        edition.Data("employment.csv", """
            year,group,sex,value,numerator,denominator
            2023,imm,alle,,412,700
            2023,imm,men,,2,6
            2023,imm,women,,410,694
            2024,imm,alle,,433,711
            2024,imm,men,,9,17
            2024,imm,women,,424,694
            2024,rest,alle,,8001,10000
            """);
        using var output = new TempDirectory();

        var result = await ReportPipeline.BuildAsync(new BuildOptions(edition.CataloguePath)
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(output.Path, "out"),
            Date = new DateOnly(2025, 11, 20),
            Pdf = false,
        });

        var page = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "work.html"));
        var json = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "analysis.json"));
        using var analysis = JsonDocument.Parse(json);
        var points = analysis.RootElement.GetProperty("series").EnumerateArray()
            .Where(s => s.GetProperty("breakdown").GetString() == "sex")
            .SelectMany(s => s.GetProperty("points").EnumerateArray().Select(p => (Category: s.GetProperty("category").GetString(), Point: p)))
            .Where(x => x.Point.GetProperty("year").GetInt32() == 2023)
            .ToList();

        // 2 of 6 men: primary suppression; women then secondary, or 2 men = total − women.
        Assert.Equal(2, points.Count);
        Assert.All(points, x => Assert.Equal(":", x.Point.GetProperty("status").GetString()));
        Assert.All(points, x => Assert.Equal(JsonValueKind.Null, x.Point.GetProperty("value").ValueKind));
        Assert.DoesNotContain("33,3", page);
        Assert.DoesNotContain("59,1", page);

        // 9 of 17 men in 2024: not too few, but its Wilson interval (31–75 %) is wider than 20 points.
        var men2024 = analysis.RootElement.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("category").GetString() == "men").GetProperty("points").EnumerateArray()
            .Single(p => p.GetProperty("year").GetInt32() == 2024);
        Assert.Equal("..", men2024.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, men2024.GetProperty("value").ValueKind);
        Assert.DoesNotContain("52,9", page);

        // A hidden ".." is protected like a ":": with the total published, men = total − women,
        // so women 2024 (424 of 694, 61,1 %) is hidden as well.
        var women2024 = analysis.RootElement.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("category").GetString() == "women").GetProperty("points").EnumerateArray()
            .Single(p => p.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(":", women2024.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, women2024.GetProperty("value").ValueKind);
        Assert.DoesNotContain("61,1", page);

        // The total keeps its interval.
        var total = analysis.RootElement.GetProperty("series").EnumerateArray()
            .First(s => s.GetProperty("group").GetString() == "imm" && s.GetProperty("breakdown").ValueKind == JsonValueKind.Null)
            .GetProperty("points").EnumerateArray().Last();
        Assert.True(total.GetProperty("low").GetDouble() < total.GetProperty("value").GetDouble());
    }
}

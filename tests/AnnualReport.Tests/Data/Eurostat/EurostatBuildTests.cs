using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary>An edition built from a Eurostat extract publishes the source's flags: marks and footnotes in tables, charts, downloads and the method page.</summary>
[Trait("Tier", "Full")]
public sealed class EurostatBuildTests
{
    [Fact]
    public async Task Flags_are_shown_with_footnotes_and_the_flagged_break_in_the_chart()
    {
        using var edition = EurostatEdition.Create();

        var result = await ReportPipeline.BuildAsync(new BuildOptions(edition.CataloguePath)
        {
            Pdf = false,
            OutputDirectory = Path.Combine(edition.Root, "out"),
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            Date = new DateOnly(2025, 11, 20),
        });

        var folder = result.Language("nb").Directory;
        var theme = File.ReadAllText(Path.Combine(folder, result.Language("nb").Pages.Single(p => p.Contains("work", StringComparison.Ordinal))));
        Assert.Contains(">b Brudd i tidsserien.", theme.Replace("<p class=\"table-note\">", ">", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"<td[^>]*>\d+,\d b</td>", theme);
        Assert.Contains("Brudd i serien fra 2021: kilden merker brudd i tidsserien dette året", theme, StringComparison.Ordinal);
        Assert.Contains("Brudd i tidsserien (b): Utenlandske statsborgere 2021 og Norske statsborgere 2021.", theme, StringComparison.Ordinal);

        var method = string.Concat(result.Language("nb").Pages.Where(p => p.Contains("metode", StringComparison.Ordinal)).Select(p => File.ReadAllText(Path.Combine(folder, p))));
        Assert.Contains("Flagg fra kildene", method, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">b</th><td class=\"text\">Brudd i tidsserien</td>", method, StringComparison.Ordinal);

        var analysis = File.ReadAllText(Path.Combine(folder, "analysis.json"));
        Assert.Matches(@"""year"": 2021,[^}]*""flags"": \[\s*""break""", analysis);

        var csv = File.ReadAllLines(Path.Combine(folder, Downloads.CsvFile("employment")));
        Assert.EndsWith(",Flagg", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, line => line.Contains(",2021,", StringComparison.Ordinal) && line.EndsWith(",b", StringComparison.Ordinal));
    }
}

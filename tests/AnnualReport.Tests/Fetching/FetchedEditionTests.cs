using System.Text.Json.Nodes;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Fetching;

/// <summary>
/// Done when: fetch against the local server fills an edition's data, and the build then publishes
/// the figures with their provenance on the theme page, the method page and in the downloads.
/// </summary>
[Trait("Tier", "Full")]
public sealed class FetchedEditionTests
{
    [Fact]
    public async Task Fetched_figures_are_published_with_where_and_when_they_were_retrieved()
    {
        using var temp = new TempDirectory();
        var catalogue = RepositoryPaths.CopySample(temp.Path);
        var edition = Path.GetDirectoryName(catalogue)!;
        using var server = new StatisticsApiServer();
        server.AddTable("05300", Path.Combine(edition, "data", "befolkning.json"));
        var table = server.Tables["05300"];
        table["updated"] = "2026-11-12T07:00:00Z";
        var last = table["value"]!.AsArray().Count - 1;
        table["value"]![last] = 3300;
        File.WriteAllText(catalogue, File.ReadAllText(catalogue).Replace(
            "      file: data/befolkning.json\n",
            $"      file: data/befolkning.json\n      fetch: {{api: pxwebapi2, site: \"{server.PxWebApi2}\", table: \"05300\", lang: no, select: {{Tid: \"*\"}}}}\n",
            StringComparison.Ordinal));

        var fetched = ProcessRunner.AnnualReport(["fetch", "--ui-language", "en"], temp.Path);

        Assert.True(fetched.ExitCode == 0, fetched.Stdout + fetched.Stderr);
        Assert.Contains("editions/2025/data/befolkning.json: updated (", fetched.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 figures changed, 0 added, 0 removed", fetched.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tid=2025: 3250 → 3300", fetched.Stdout, StringComparison.Ordinal);
        Assert.Contains("InnvandrKat=C, Landbakgrunn=007, ContentsCode=Personer, Tid=2025:", fetched.Stdout, StringComparison.Ordinal);
        var record = global::AnnualReport.Fetching.FetchRecordFile.TryRead(Path.Combine(edition, "data", "befolkning.json.provenance.yaml"))!;
        Assert.Equal("2026-11-12T07:00:00Z", record.Updated);

        var result = await ReportPipeline.BuildAsync(new BuildOptions(catalogue)
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(temp.Path, "out"),
            Language = "nb",
            Date = new DateOnly(2026, 11, 30),
            Pdf = false,
        });

        var output = result.MainLanguage().Directory;
        var day = record.Retrieved.UtcDateTime;
        var months = new[] { "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember" };
        var date = $"{day.Day}. {months[day.Month - 1]} {day.Year}";
        var method = File.ReadAllText(Path.Combine(output, "metode.html"));
        Assert.Contains("Hentede tall", method, StringComparison.Ordinal);
        Assert.Contains($"Innvandrere og norskfødte med innvandrerforeldre: hentet fra SSB, Innvandrere og norskfødte med innvandrerforeldre, tabell 05300, {date}.", method, StringComparison.Ordinal);
        var theme = File.ReadAllText(Path.Combine(output, "befolkning.html"));
        Assert.Contains($"Hentet fra SSB, Innvandrere og norskfødte med innvandrerforeldre, tabell 05300, {date}.", theme, StringComparison.Ordinal);
        var csv = Directory.GetFiles(output, "*.csv", SearchOption.AllDirectories).Select(File.ReadAllText).Single(t => t.Contains("tabell 05300", StringComparison.Ordinal));
        Assert.Contains($"\"Hentet fra SSB, Innvandrere og norskfødte med innvandrerforeldre, tabell 05300, {date}\"", csv, StringComparison.Ordinal);
        Assert.Contains(",2025,3300,", csv, StringComparison.Ordinal);

        // A file edited by hand afterwards no longer claims to be the one fetched.
        var edited = JsonNode.Parse(File.ReadAllText(Path.Combine(edition, "data", "befolkning.json")))!;
        edited["label"] = "edited";
        File.WriteAllText(Path.Combine(edition, "data", "befolkning.json"), edited.ToJsonString());
        var again = await ReportPipeline.BuildAsync(new BuildOptions(catalogue) { TemplateDirectory = RepositoryPaths.Templates, FontDirectory = RepositoryPaths.Fonts, OutputDirectory = Path.Combine(temp.Path, "out2"), Language = "nb", Date = new DateOnly(2026, 11, 30), Pdf = false });
        Assert.DoesNotContain("tabell 05300", File.ReadAllText(Path.Combine(again.MainLanguage().Directory, "metode.html")), StringComparison.Ordinal);
    }
}

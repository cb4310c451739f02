using AnnualReport.Fetching;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Fetching;

/// <summary><c>annual-report fetch</c> as a user runs it: what it prints and its exit codes.</summary>
public sealed class FetchCommandTests
{
    private static string Catalogue(string site, string table) => EditionFixture.Head + EditionFixture.WorkTheme + $$$"""
          - id: befolkning
            theme: work
            level: main
            title: Population
            definition: Residents.
            unit: count
            polarity: neutral
            source:
              name: SSB
            data:
              file: data/05300.json
              fetch: {api: pxwebapi2, site: "{{{site}}}", table: "{{{table}}}", lang: no, select: {InnvandrKat: [B, C], ContentsCode: [Personer], Tid: "top(3)"}}
            provenance: published
          - id: other
            theme: work
            level: main
            title: Other
            definition: Other.
            unit: count
            polarity: neutral
            source:
              name: SSB
            data:
              file: data/other.json
              fetch: {api: pxwebapi2, site: "{{{site}}}", table: "99999", select: {Tid: "top(1)"}}
            provenance: published
        """;

    // Two runs of the program: in the full tier, to keep the fast tier fast.
    [Fact]
    [Trait("Tier", "Full")]
    public void Fetch_writes_the_tables_it_can_and_exits_3_for_the_one_it_cannot()
    {
        using var server = new StatisticsApiServer();
        server.AddTable("05300", Path.Combine(RepositoryPaths.SampleEdition, "data", "befolkning.json"));
        using var temp = new TempDirectory();
        var catalogue = temp.File("editions/2025/indicators.yaml", Catalogue(server.PxWebApi2, "05300"));

        var first = ProcessRunner.AnnualReport(["fetch", "--ui-language", "en"], temp.Path);
        var second = ProcessRunner.AnnualReport(["fetch", "--ui-language", "en", "--indicator", "befolkning"], temp.Path);

        Assert.Equal(3, first.ExitCode);
        Assert.Contains("editions/2025/data/05300.json: written (", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("editions/2025/data/other.json: not fetched, the old file is kept: the API answered 404: Not Found: No such table id 99999", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 written, 0 unchanged, 1 failed.", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", first.Stderr, StringComparison.Ordinal);
        Assert.NotNull(FetchRecordFile.TryRead(Path.Combine(Path.GetDirectoryName(catalogue)!, "data", "05300.json.provenance.yaml")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("editions/2025/data/05300.json: unchanged (", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_block_the_program_cannot_use_is_bad_input_exit_2()
    {
        using var temp = new TempDirectory();
        temp.File("editions/2025/indicators.yaml", Catalogue("ftp://example.org/", "05300"));

        var result = ProcessRunner.AnnualReport(["fetch", "--ui-language", "en"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("editions/2025/indicators.yaml(26,37): error bad-fetch: fetch.site «ftp://example.org/» is not a web address", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void Selection_the_table_lacks_points_at_the_fetch_block_and_exits_2()
    {
        using var server = new StatisticsApiServer();
        server.AddTable("05300", Path.Combine(RepositoryPaths.SampleEdition, "data", "befolkning.json"));
        using var temp = new TempDirectory();
        temp.File("editions/2025/indicators.yaml", Catalogue(server.PxWebApi2, "05300").Replace("InnvandrKat: [B, C]", "InnvandrKat: [B, X]", StringComparison.Ordinal));

        var result = ProcessRunner.AnnualReport(["fetch", "--ui-language", "en", "--indicator", "befolkning"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("editions/2025/indicators.yaml(26,14): error bad-fetch: the table's dimension InnvandrKat has no code X", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "editions", "2025", "data", "05300.json")));
    }
}

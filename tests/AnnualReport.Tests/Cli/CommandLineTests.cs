using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>The annual-report command as a user runs it: a separate process, its exit code and what it prints.</summary>
public sealed class CommandLineTests
{
    // A whole build of the sample through the command line: the full tier, to keep the fast tier under a minute.
    [Fact]
    [Trait("Tier", "Full")]
    public void Build_without_pdf_writes_the_site_and_exits_zero()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "site");

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", output], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(BuildOutput.Site(output, "nb"), "index.html")));
        Assert.True(File.Exists(Path.Combine(BuildOutput.Site(output, "nn"), "index.html")));
        Assert.False(File.Exists(Path.Combine(BuildOutput.Site(output, "nb"), "integrering-i-norge-2025.pdf")));
        Assert.Contains("uten PDF", result.Stdout);
    }

    [Fact]
    public void A_language_the_edition_lacks_is_a_bad_option_and_exit_code_2()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "site");

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--language", "sv", "--out", output], RepositoryPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--language: error bad-option: ", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_missing_catalogue_is_one_diagnostic_line_and_exit_code_2()
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(["build", "--catalogue", "missing.yaml", "--no-pdf"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"missing\.yaml: error file-not-found: ", lines[0]);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_missing_browser_is_one_line_naming_the_fix_and_exit_code_3()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "site");

        var result = ProcessRunner.AnnualReport(["build", "--out", output, "--browser", "/no/such/chromium"], RepositoryPaths.Root);

        Assert.Equal(3, result.ExitCode);
        var error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("feil:", StringComparison.Ordinal));
        Assert.Contains("--no-pdf", error);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void The_browser_can_also_come_from_the_environment()
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(
            ["build", "--out", Path.Combine(temp.Path, "site")],
            RepositoryPaths.Root,
            new Dictionary<string, string?> { ["ANNUAL_REPORT_BROWSER"] = "/no/such/edge" });

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("/no/such/edge", result.Stderr);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void Validate_on_the_sample_edition_exits_zero_and_lists_warnings()
    {
        var result = ProcessRunner.AnnualReport(["validate"], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Ingen feil", result.Stdout);
        Assert.Contains("warning illustrative-data", result.Stderr);
    }

    [Fact]
    public void Validate_lists_every_problem_with_position_and_exits_2()
    {
        var catalogue = EditionFixture.Catalogue.Replace("    unit: percent\n", "    unit: percent\n    colour: red\n", StringComparison.Ordinal);
        using var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", "year,group,sex,value\n2024,imm,alle,\"6,5\"\n2024,aliens,alle,7\n");

        var result = ProcessRunner.AnnualReport(["validate", "--catalogue", edition.CataloguePath, "--templates", RepositoryPaths.Templates], RepositoryPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"indicators\.yaml\(29,5\): error unknown-key: ", result.Stderr);
        Assert.Matches(@"employment\.csv\(2,\d+\): error bad-number: ", result.Stderr);
        Assert.Matches(@"employment\.csv\(3,\d+\): error unknown-group: ", result.Stderr);
        Assert.Contains("Stoppet: 3 feil", result.Stderr);
    }

    [Fact]
    public void Inspect_json_describes_a_px_file()
    {
        var result = ProcessRunner.AnnualReport(["inspect", "editions/2025/data/eid-bolig.px", "--json"], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("px", root.GetProperty("format").GetString());
        Assert.StartsWith("Personer i husholdninger som eier boligen", root.GetProperty("label").GetString());
        Assert.Equal(["innvandringskategori", "år"], root.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal([3, 10], root.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("size").GetInt32()));
        Assert.Equal(30, root.GetProperty("cells").GetInt32());
        Assert.Equal(29, root.GetProperty("present").GetInt32());
        Assert.Equal(1, root.GetProperty("status").GetProperty("..").GetInt32());
    }

    [Fact]
    public void Inspect_json_describes_a_json_stat_file_and_plain_inspect_is_readable()
    {
        var json = ProcessRunner.AnnualReport(["inspect", "editions/2025/data/befolkning.json", "--json"], RepositoryPaths.Root);
        var text = ProcessRunner.AnnualReport(["inspect", "editions/2025/data/befolkning.json"], RepositoryPaths.Root);

        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal("json-stat", document.RootElement.GetProperty("format").GetString());
        Assert.Equal(256, document.RootElement.GetProperty("cells").GetInt32());
        Assert.Contains("Tid (tid): 16 kategorier", text.Stdout);
        Assert.Contains("Statussymboler: «..» 2", text.Stdout);
    }

    [Fact]
    public void Inspect_states_the_separator_and_decimal_mark_a_csv_file_is_read_with()
    {
        using var temp = new TempDirectory();
        var path = temp.File("excel.csv", "year;group;value\r\n2024;imm;68,9\r\n");

        var json = ProcessRunner.AnnualReport(["inspect", path, "--json"], temp.Path);
        var text = ProcessRunner.AnnualReport(["inspect", path], temp.Path);

        Assert.True(json.ExitCode == 0, json.Stderr);
        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var dialect = document.RootElement.GetProperty("dialect");
        Assert.Equal((";", ","), (dialect.GetProperty("separator").GetString(), dialect.GetProperty("decimal").GetString()));
        Assert.Contains("Lest med: «;» mellom kolonnene og «,» som desimaltegn, slik overskriftslinjen viser", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_corrupt_file_is_a_diagnostic_and_exit_code_2()
    {
        using var temp = new TempDirectory();
        var path = temp.File("broken.json", "{\"class\": \"dataset\",\n  \"value\": [1, 2,,]\n}");

        var result = ProcessRunner.AnnualReport(["inspect", path], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"broken\.json\(2,\d+\): error bad-json: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public void Validate_checks_the_municipal_figures_too()
    {
        using var temp = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleEdition, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
            var text = File.ReadAllText(file);
            temp.File(relative, relative.EndsWith(Path.Combine("kommuner", "barnehage.csv"), StringComparison.Ordinal) ? text + "2023,4242,minoritetssprakligeBarn,1,2,\n" : text);
        }


        var result = ProcessRunner.AnnualReport(["validate"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"barnehage\.csv\(\d+,\d+\): error unknown-region: regionkoden «4242»", result.Stderr);
    }
}

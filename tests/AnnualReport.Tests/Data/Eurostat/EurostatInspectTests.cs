using System.Text.Json;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary><c>annual-report inspect</c> on Eurostat extracts: exact dimensions, cells and each symbol and flag as the file has it.</summary>
public sealed class EurostatInspectTests
{
    [Fact]
    public void Inspect_json_gives_dimension_codes_cell_counts_and_flag_counts()
    {
        var result = ProcessRunner.AnnualReport(["inspect", EurostatTsvReaderTests.Fixture("lfsa_ergan.tsv"), "--json"], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("eurostat-tsv", root.GetProperty("format").GetString());
        Assert.Equal("lfsa_ergan", root.GetProperty("label").GetString());
        var dimensions = root.GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Equal(["freq", "unit", "sex", "age", "citizen", "geo", "TIME_PERIOD"], dimensions.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal([1, 1, 3, 1, 2, 2, 10], dimensions.Select(d => d.GetProperty("size").GetInt32()));
        Assert.Equal(["NO", "SE"], dimensions[5].GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal((120, 118, 120), (root.GetProperty("cells").GetInt32(), root.GetProperty("present").GetInt32(), root.GetProperty("written").GetInt32()));
        Assert.Equal(2, root.GetProperty("status").GetProperty(":").GetInt32());
        Assert.Equal(
            [("b", 6), ("c", 1), ("d", 1), ("p", 6), ("u", 3)],
            root.GetProperty("flags").EnumerateObject().Select(f => (f.Name, f.Value.GetInt32())));
        Assert.Equal("not-available", root.GetProperty("meanings").GetProperty(":").GetString());
        Assert.Equal("low-reliability", root.GetProperty("meanings").GetProperty("u").GetString());
    }

    [Fact]
    public void Plain_inspect_lists_flags_and_symbols_with_counts()
    {
        var result = ProcessRunner.AnnualReport(["inspect", EurostatTsvReaderTests.Fixture("migr_pop1ctz.tsv")], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Format: eurostat-tsv", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("time (tid): 4 kategorier: 2023, 2022, 2021, 2020", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Statussymboler: «:» 2", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Flagg: «c» 1, «e» 2, «p» 3", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_malformed_extract_names_file_line_column_and_code()
    {
        using var temp = new TempDirectory();
        var path = temp.File("broken.tsv", "unit,geo\\TIME_PERIOD\t2022 \t2023 \nPC,NO\t1.5 b\t2.0 #\n");

        var result = ProcessRunner.AnnualReport(["inspect", path], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"broken\.tsv\(2,17\): error unknown-flag: ", result.Stderr);
    }
}

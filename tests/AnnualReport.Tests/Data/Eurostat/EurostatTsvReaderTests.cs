using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary>Eurostat's bulk TSV files read as the data browser writes them (fixtures shaped after lfsa_ergan, lfsq_ergan and migr_pop1ctz).</summary>
public sealed class EurostatTsvReaderTests
{
    internal static string Fixture(string name) => Path.Combine(RepositoryPaths.Fixture("eurostat"), name);

    internal static (DataCube? Cube, List<Diagnostic> Diagnostics) Read(string path)
    {
        var diagnostics = new List<Diagnostic>();
        return (CubeReaders.Read(path, diagnostics), diagnostics);
    }

    internal static (DataCube? Cube, List<Diagnostic> Diagnostics) ReadText(string text, string name = "extract.tsv")
    {
        using var temp = new TempDirectory();
        var path = temp.File(name, text);
        return Read(path);
    }

    private static double? Value(DataCube cube, params string[] codes) =>
        cube.Cells[DataCube.IndexOf(cube.Dimensions, codes.Select((c, d) => cube.Dimensions[d].IndexOf(c)).ToList())]?.Value;

    private static CubeCell Cell(DataCube cube, params string[] codes) =>
        cube.Cells[DataCube.IndexOf(cube.Dimensions, codes.Select((c, d) => cube.Dimensions[d].IndexOf(c)).ToList())]!;

    [Fact]
    public void Annual_extract_gives_exact_dimensions_cells_and_flag_counts()
    {
        var (cube, diagnostics) = Read(Fixture("lfsa_ergan.tsv"));

        Assert.Empty(diagnostics);
        Assert.NotNull(cube);
        Assert.Equal("eurostat-tsv", cube.Format);
        Assert.Equal("lfsa_ergan", cube.Label);
        Assert.Equal(["freq", "unit", "sex", "age", "citizen", "geo", "TIME_PERIOD"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal([1, 1, 3, 1, 2, 2, 10], cube.Dimensions.Select(d => d.Size));
        Assert.Equal(["F", "M", "T"], cube.Dimensions[2].Categories.Select(c => c.Code));
        Assert.Equal(["2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"], cube.Dimensions[6].Categories.Select(c => c.Code));
        Assert.Equal("TIME_PERIOD", cube.TimeDimension);
        Assert.Equal((120, 120, 118), (cube.Size, cube.Written, cube.Present));
        Assert.Equal(new Dictionary<string, int> { [":"] = 2 }, cube.StatusCounts);
        Assert.Equal(new Dictionary<string, int> { ["b"] = 6, ["c"] = 1, ["d"] = 1, ["p"] = 6, ["u"] = 3 }, cube.FlagCounts);
    }

    [Fact]
    public void Values_flags_and_trailing_spaces_are_read_as_written()
    {
        var (cube, _) = Read(Fixture("lfsa_ergan.tsv"));

        Assert.Equal(55.2, Value(cube!, "A", "PC", "F", "Y20-64", "FOR", "NO", "2014"));
        Assert.Equal(["u"], Cell(cube!, "A", "PC", "F", "Y20-64", "FOR", "NO", "2014").Flags);
        var confidential = Cell(cube!, "A", "PC", "F", "Y20-64", "FOR", "SE", "2016");
        Assert.Equal((null, ":", "c"), (confidential.Value, confidential.Status, string.Join(" ", confidential.Flags)));
        var broken = Cell(cube!, "A", "PC", "T", "Y20-64", "NAT", "NO", "2021");
        Assert.Equal(["b"], broken.Flags);
        Assert.Equal(new SourceSpan(Fixture("lfsa_ergan.tsv"), 12, 57), broken.Where);
    }

    [Fact]
    public void Older_bulk_layout_newest_period_first_with_a_space_after_every_value()
    {
        var (cube, diagnostics) = Read(Fixture("migr_pop1ctz.tsv"));

        Assert.Empty(diagnostics);
        Assert.Equal(["citizen", "age", "unit", "sex", "geo", "time"], cube!.Dimensions.Select(d => d.Id));
        Assert.Equal([3, 1, 1, 1, 3, 4], cube.Dimensions.Select(d => d.Size));
        Assert.Equal(["2023", "2022", "2021", "2020"], cube.Dimensions[5].Categories.Select(c => c.Code));
        Assert.Equal((36, 36, 34), (cube.Size, cube.Written, cube.Present));
        Assert.Equal(new Dictionary<string, int> { ["c"] = 1, ["e"] = 2, ["p"] = 3 }, cube.FlagCounts);
        Assert.Equal(43120, Value(cube, "EU27_2020_FOR", "TOTAL", "NR", "T", "IS", "2023"));
        Assert.Equal(["e", "p"], Cell(cube, "EU27_2020_FOR", "TOTAL", "NR", "T", "IS", "2023").Flags);
        Assert.Equal(10521556, Value(cube, "TOTAL", "TOTAL", "NR", "T", "SE", "2023"));
    }

    [Fact]
    public void Quarterly_periods_stay_period_codes_and_crlf_is_read()
    {
        var (cube, diagnostics) = Read(Fixture("lfsq_ergan.tsv"));

        Assert.Empty(diagnostics);
        Assert.Equal(["2022Q1", "2022Q2", "2022Q3", "2022Q4", "2023Q1", "2023Q2", "2023Q3", "2023Q4"], cube!.Dimensions[^1].Categories.Select(c => c.Code));
        Assert.Equal((16, 15), (cube.Size, cube.Present));
        Assert.Equal(new Dictionary<string, int> { [":"] = 1 }, cube.StatusCounts);
        Assert.Equal(new Dictionary<string, int> { ["p"] = 1 }, cube.FlagCounts);
    }

    [Fact]
    public void A_gzipped_file_reads_as_the_plain_one()
    {
        var (plain, _) = Read(Fixture("lfsa_ergan.tsv"));
        var (zipped, diagnostics) = Read(Fixture("lfsa_ergan.tsv.gz"));

        Assert.Empty(diagnostics);
        Assert.Equal("lfsa_ergan", zipped!.Label);
        Assert.Equal(plain!.Cells.Select(c => (c?.Value, c?.Status, string.Concat(c?.Flags ?? []))), zipped.Cells.Select(c => (c?.Value, c?.Status, string.Concat(c?.Flags ?? []))));
    }

    [Fact]
    public void Rows_missing_from_a_sparse_file_leave_empty_cells()
    {
        var (cube, diagnostics) = ReadText("unit,geo\\TIME_PERIOD\t2022 \t2023 \nPC,NO\t1.5\t2\nTHS,SE\t3\t-4.25\n");

        Assert.Empty(diagnostics);
        Assert.Equal((8, 4), (cube!.Size, cube.Written));
        Assert.Equal(-4.25, Value(cube, "THS", "SE", "2023"));
        Assert.Null(cube.Cells[DataCube.IndexOf(cube.Dimensions, [0, 1, 0])]);
    }

    [Theory]
    [InlineData("unit,geo TIME_PERIOD\t2022\nPC,NO\t1\n", "bad-tsv", 1, 1)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC,NO\t1\n", "bad-tsv", 2, 1)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC\t1\t2\n", "bad-tsv", 2, 1)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC,NO\t1\t2\nPC,NO\t3\t4\n", "bad-tsv", 3, 1)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022 \t2022 \nPC,NO\t1\t2\n", "bad-tsv", 1, 28)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC,NO\t1\t7,5\n", "bad-number", 2, 9)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC,NO\t1\tn/a\n", "bad-number", 2, 9)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC,NO\t1 b#\t2\n", "unknown-flag", 2, 10)]
    [InlineData("unit,geo\\TIME_PERIOD\t2022\t2023\nPC,NO\t: Q\t2\n", "unknown-flag", 2, 9)]
    public void Malformed_files_are_diagnostics_with_line_and_column(string text, string code, int line, int column)
    {
        var (_, diagnostics) = ReadText(text);

        var error = Assert.Single(diagnostics);
        Assert.Equal((code, line, column), (error.Code, error.Where.Line, error.Where.Column));
        Assert.EndsWith("extract.tsv", error.Where.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_archive_is_a_diagnostic()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "lfsa_ergan.tsv.gz");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("not gzip at all"));

        var (cube, diagnostics) = Read(path);

        Assert.Null(cube);
        Assert.Equal("bad-tsv", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_sparse_bulk_file_is_summarised_from_its_rows_even_when_its_dimensions_span_too_many_cells()
    {
        using var temp = new TempDirectory();
        var rows = Enumerable.Range(0, 60).Select(i => $"A{i},B{i},C{i},D{i}\t{i}.5 p\t: \t{i}");
        var path = temp.File("sparse.tsv", "a,b,c,d\\TIME_PERIOD\t2021 \t2022 \t2023 \n" + string.Join("\n", rows) + "\n");

        var diagnostics = new List<Diagnostic>();
        var summary = CubeReaders.Summarise(path, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal([60, 60, 60, 60, 3], summary!.Dimensions.Select(d => d.Size));
        Assert.Equal((180L, 38_880_000L, 120, 180), (summary.Cells, summary.Span, summary.Present, summary.Written));
        Assert.Equal(new Dictionary<string, int> { [":"] = 60 }, summary.StatusCounts);
        Assert.Equal(new Dictionary<string, int> { ["p"] = 60 }, summary.FlagCounts);
        Assert.Equal("too-many-cells", Assert.Single(Read(path).Diagnostics).Code);
    }

    [Fact]
    public void A_summary_of_a_missing_file_is_a_diagnostic()
    {
        var diagnostics = new List<Diagnostic>();

        var summary = CubeReaders.Summarise(Fixture("lfsq_ergan.tsv").Replace("eurostat", "px", StringComparison.Ordinal).Replace("lfsq_ergan.tsv", "missing.px", StringComparison.Ordinal), diagnostics);

        Assert.Null(summary);
        Assert.Equal("file-not-found", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Any_letter_is_read_as_a_flag_and_counted()
    {
        var (cube, diagnostics) = ReadText("unit,geo\\TIME_PERIOD\t2022 \t2023 \nPC,NO\t1 bx\t: i\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new Dictionary<string, int> { ["b"] = 1, ["i"] = 1, ["x"] = 1 }, cube!.FlagCounts);
    }
}

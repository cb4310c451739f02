using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

public sealed class JsonStatReaderTests
{
    private static string FixturePath(string name) => Path.Combine(RepositoryPaths.Fixture("jsonstat"), name);

    private static (DataCube? Cube, List<Diagnostic> Diagnostics, string Path) ReadFixture(string name)
    {
        var path = FixturePath(name);
        var diagnostics = new List<Diagnostic>();
        return (new JsonStatReader().Read(InputFile.At(path), diagnostics), diagnostics, path);
    }

    private static (DataCube? Cube, List<Diagnostic> Diagnostics, string Path) ReadText(string json)
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.json", json);
        var diagnostics = new List<Diagnostic>();
        return (new JsonStatReader().Read(InputFile.At(path), diagnostics), diagnostics, path);
    }

    /// <summary>The SSB fixture with one exact piece of text replaced, so a mistake sits at a known line.</summary>
    private static (DataCube? Cube, List<Diagnostic> Diagnostics, string Path) ReadSsbWith(string find, string replace)
    {
        var text = File.ReadAllText(FixturePath("ssb-09817.json"));
        Assert.Equal(1, CountOf(text, find));
        return ReadText(text.Replace(find, replace, StringComparison.Ordinal));
    }

    private static int CountOf(string text, string find)
    {
        var count = 0;
        for (var i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static CubeCell Cell(DataCube cube, params string[] codes)
    {
        var positions = codes.Select((code, d) => cube.Dimensions[d].IndexOf(code)).ToArray();
        Assert.DoesNotContain(-1, positions);
        var cell = cube.Cells[DataCube.IndexOf(cube.Dimensions, positions)];
        Assert.NotNull(cell);
        return cell;
    }

    private static string Minimal(string value, string status) => $$$$"""
        {
          "version": "2.0",
          "class": "dataset",
          "id": ["Tid"],
          "size": [3],
          "dimension": {"Tid": {"category": {"index": ["2021", "2022", "2023"]}}},
          "value": {{{{value}}}},
          "status": {{{{status}}}}
        }
        """;

    [Fact]
    public void Ssb_dataset_has_its_dimensions_in_id_order_with_labels()
    {
        var (cube, diagnostics, _) = ReadFixture("ssb-09817.json");

        Assert.Empty(diagnostics);
        Assert.NotNull(cube);
        Assert.Equal("json-stat", cube.Format);
        Assert.Equal("09817: Innvandrere og norskfødte med innvandrerforeldre, etter region, landbakgrunn, statistikkvariabel og år", cube.Label);
        Assert.Equal(["Region", "Landbakgrunn", "ContentsCode", "Tid"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal(["region", "landbakgrunn", "statistikkvariabel", "år"], cube.Dimensions.Select(d => d.Label));
        Assert.Equal([3, 2, 1, 2], cube.Dimensions.Select(d => d.Size));
        Assert.Equal(12, cube.Size);
        Assert.Equal(12, cube.Cells.Count);
    }

    [Fact]
    public void Category_index_object_orders_categories_by_position_not_by_key_order()
    {
        var (cube, _, _) = ReadFixture("ssb-09817.json");

        var region = cube!.FindDimension("region");
        Assert.NotNull(region);
        Assert.Equal(["0301", "3201", "5501"], region.Categories.Select(c => c.Code));
        Assert.Equal(["Oslo", "Bærum", "Tromsø"], region.Categories.Select(c => c.Label));
        Assert.Equal(["2022", "2023"], cube.Dimensions[3].Categories.Select(c => c.Code));
    }

    [Fact]
    public void Category_index_array_keeps_its_order_and_labels_keep_norwegian_letters()
    {
        var (cube, _, _) = ReadFixture("ssb-09817.json");

        var landbakgrunn = cube!.Dimensions[1];
        Assert.Equal(["abc", "015a"], landbakgrunn.Categories.Select(c => c.Code));
        Assert.Equal("EU/EØS, Storbritannia, USA, Canada, Australia og New Zealand", landbakgrunn.Categories[0].Label);
        Assert.StartsWith("Asia, Afrika, Latin-Amerika", landbakgrunn.Categories[1].Label, StringComparison.Ordinal);
        Assert.Equal(new Category("AndelInnv", "Innvandrere, andel av befolkningen (prosent)"), Assert.Single(cube.Dimensions[2].Categories));
    }

    [Fact]
    public void Time_role_names_the_time_dimension_and_the_metric_unit_gives_the_decimals()
    {
        var (cube, _, _) = ReadFixture("ssb-09817.json");

        Assert.Equal("Tid", cube!.TimeDimension);
        Assert.Equal(1, cube.Decimals);
    }

    [Fact]
    public void Values_are_row_major_with_the_last_dimension_varying_fastest()
    {
        var (cube, _, _) = ReadFixture("ssb-09817.json");

        Assert.Equal(["0301", "abc", "AndelInnv", "2022"], cube!.Cells[0]!.Codes);
        Assert.Equal(11.2, cube.Cells[0]!.Value);
        Assert.Equal(["0301", "abc", "AndelInnv", "2023"], cube.Cells[1]!.Codes);
        Assert.Equal(11.5, cube.Cells[1]!.Value);
        Assert.Equal(["0301", "015a", "AndelInnv", "2022"], cube.Cells[2]!.Codes);
        Assert.Equal(14.8, cube.Cells[2]!.Value);
        Assert.Equal(["3201", "abc", "AndelInnv", "2022"], cube.Cells[4]!.Codes);
        Assert.Equal(6.1, cube.Cells[4]!.Value);
        Assert.Equal(["5501", "015a", "AndelInnv", "2023"], cube.Cells[11]!.Codes);
        Assert.Equal(5.6, cube.Cells[11]!.Value);
        Assert.Equal(4.0, Cell(cube, "5501", "abc", "AndelInnv", "2022").Value);
        Assert.Equal(10.4, Cell(cube, "3201", "015a", "AndelInnv", "2023").Value);
        Assert.Equal(10, cube.Present);
    }

    [Fact]
    public void Null_value_with_a_status_object_entry_keeps_the_status_symbol()
    {
        var (cube, _, _) = ReadFixture("ssb-09817.json");

        var missing = Cell(cube!, "0301", "015a", "AndelInnv", "2023");
        Assert.Same(cube!.Cells[3], missing);
        Assert.Null(missing.Value);
        Assert.Equal("..", missing.Status);
        var confidential = Cell(cube, "5501", "abc", "AndelInnv", "2023");
        Assert.Null(confidential.Value);
        Assert.Equal(":", confidential.Status);
        Assert.Null(cube.Cells[0]!.Status);
        Assert.Null(cube.Cells[11]!.Status);
        Assert.Equal(new Dictionary<string, int> { [".."] = 1, [":"] = 1 }, cube.StatusCounts);
    }

    [Fact]
    public void Cells_point_at_their_own_value_even_when_a_dimension_extension_says_show_value()
    {
        // PxWeb's json-stat2 writes "extension": {"show": "value"} on each dimension, before the dataset's "value".
        var (cube, _, path) = ReadFixture("ssb-09817.json");

        Assert.Equal(new SourceSpan(path, 118, 5), cube!.Cells[0]!.Where);
        Assert.Equal(new SourceSpan(path, 119, 5), cube.Cells[1]!.Where);
    }

    [Fact]
    public void Cells_of_a_sparse_value_object_point_at_their_values_and_the_others_at_the_member()
    {
        var (cube, _, path) = ReadFixture("sparse-values.json");

        Assert.Equal([(18, 18), (18, 3), (18, 29), (18, 3), (18, 3), (18, 40)], cube!.Cells.Select(c => (c!.Where.Line, c.Where.Column)));
        Assert.Equal(path, cube.Cells[5]!.Where.File);
    }

    [Fact]
    public void Sparse_value_object_fills_only_the_listed_cells()
    {
        var (cube, diagnostics, _) = ReadFixture("sparse-values.json");

        Assert.Empty(diagnostics);
        Assert.Equal("Sysselsatte 20–66 år, prosent", cube!.Label);
        Assert.Equal(6, cube.Size);
        Assert.Equal([70.1, null, 71.0, null, null, -0.5], cube.Cells.Select(c => c!.Value));
        Assert.Equal([null, "..", null, null, null, null], cube.Cells.Select(c => c!.Status));
        Assert.Equal(["2", "2023"], cube.Cells[5]!.Codes);
        Assert.Equal(3, cube.Present);
        Assert.Equal("Tid", cube.TimeDimension);
        Assert.Null(cube.Decimals);
    }

    [Fact]
    public void Categories_without_labels_are_labelled_by_their_codes()
    {
        var (cube, _, _) = ReadFixture("sparse-values.json");

        Assert.Equal("kjønn", cube!.Dimensions[0].Label);
        Assert.Equal(["Menn", "Kvinner"], cube.Dimensions[0].Categories.Select(c => c.Label));
        Assert.Equal(["2021", "2022", "2023"], cube.Dimensions[1].Categories.Select(c => c.Label));
    }

    [Fact]
    public void Status_as_a_single_string_applies_to_every_cell()
    {
        var (cube, diagnostics, _) = ReadFixture("status-string.json");

        Assert.Empty(diagnostics);
        Assert.Equal(["p", "p"], cube!.Cells.Select(c => c!.Status));
        Assert.Equal([5550203d, 5594340d], cube.Cells.Select(c => c!.Value));
        Assert.Equal(new Dictionary<string, int> { ["p"] = 2 }, cube.StatusCounts);
        Assert.Equal(2, cube.Present);
    }

    [Fact]
    public void A_single_category_without_index_is_named_by_its_label_key()
    {
        var (cube, _, _) = ReadFixture("status-string.json");

        Assert.Equal(new Category("Folkemengde", "Folkemengde 1. januar"), Assert.Single(cube!.Dimensions[0].Categories));
        Assert.Equal(["Folkemengde", "2025"], cube.Cells[1]!.Codes);
        Assert.Equal(0, cube.Decimals);
    }

    [Fact]
    public void Without_a_role_a_dimension_called_Tid_is_the_time_dimension()
    {
        var (cube, _, _) = ReadFixture("status-string.json");

        Assert.Equal("Tid", cube!.TimeDimension);
    }

    [Fact]
    public void Status_array_gives_each_cell_its_own_status()
    {
        var (cube, diagnostics, _) = ReadFixture("status-array.json");

        Assert.Empty(diagnostics);
        Assert.Equal([null, "..", ".", null], cube!.Cells.Select(c => c!.Status));
        Assert.Equal([1.5, null, null, 25.0], cube.Cells.Select(c => c!.Value));
        Assert.Equal(new Dictionary<string, int> { ["."] = 1, [".."] = 1 }, cube.StatusCounts);
    }

    [Fact]
    public void Missing_labels_fall_back_to_ids_and_an_empty_dataset_label()
    {
        var (cube, _, _) = ReadFixture("status-array.json");

        Assert.Equal(string.Empty, cube!.Label);
        Assert.Equal(["Region", "Tid"], cube.Dimensions.Select(d => d.Label));
        Assert.Equal(["Oslo", "Vestland"], cube.Dimensions[0].Categories.Select(c => c.Label));
    }

    [Fact]
    public void Status_array_of_one_element_applies_to_every_cell()
    {
        var (cube, diagnostics, _) = ReadText(Minimal("[1, 2, null]", "[\"e\"]"));

        Assert.Empty(diagnostics);
        Assert.Equal(["e", "e", "e"], cube!.Cells.Select(c => c!.Status));
        Assert.Equal([1d, 2d, null], cube.Cells.Select(c => c!.Value));
    }

    [Fact]
    public void Status_array_of_another_length_is_bad_json_stat_at_status()
    {
        var (cube, diagnostics, path) = ReadText(Minimal("[1, 2, null]", "[null, \"..\"]"));

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 8, 3), diagnostic.Where);
    }

    [Fact]
    public void Sparse_value_key_outside_the_cube_is_bad_json_stat()
    {
        var (cube, diagnostics, path) = ReadText(Minimal("{\"0\": 1, \"3\": 2}", "null"));

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 7, 3), diagnostic.Where);
        Assert.Contains("«3»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_stat_1_response_reads_id_size_and_role_from_the_dimension_object()
    {
        var (cube, diagnostics, _) = ReadFixture("v1-response.json");

        Assert.Empty(diagnostics);
        Assert.Equal("Folkemengde, etter region, statistikkvariabel og år", cube!.Label);
        Assert.Equal(["Region", "ContentsCode", "Tid"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal(["Oslo", "Bergen"], cube.Dimensions[0].Categories.Select(c => c.Label));
        Assert.Equal("Tid", cube.TimeDimension);
        Assert.Equal(0, cube.Decimals);
        Assert.Equal(["4601", "Folkemengde", "2023"], cube.Cells[2]!.Codes);
        Assert.Equal(291940, cube.Cells[2]!.Value);
        Assert.Equal(717710, Cell(cube, "0301", "Folkemengde", "2024").Value);
        Assert.Equal(4, cube.Present);
    }

    [Fact]
    public void Json_stat_1_bundle_reads_the_first_dataset_and_its_time_role()
    {
        var (cube, diagnostics, _) = ReadFixture("v1-bundle.json");

        Assert.Empty(diagnostics);
        Assert.Equal("Befolkning i Ålesund og Bodø", cube!.Label);
        Assert.Equal(["kommune", "aargang"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal(["Ålesund", "Bodø"], cube.Dimensions[0].Categories.Select(c => c.Label));
        Assert.Equal("årgang", cube.Dimensions[1].Label);
        Assert.Equal("aargang", cube.TimeDimension);
        Assert.Equal([67114d, 67800d, 53712d, 54211d], cube.Cells.Select(c => c!.Value));
        Assert.Equal(["1804", "2023"], cube.Cells[2]!.Codes);
    }

    [Fact]
    public void Collection_reads_the_first_embedded_dataset_and_skips_links()
    {
        var (cube, diagnostics, _) = ReadFixture("collection.json");

        Assert.Empty(diagnostics);
        Assert.Equal("Sysselsatte i prosent av befolkningen, etter landbakgrunn", cube!.Label);
        Assert.Equal(["Landbakgrunn", "Periode"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal(["Innvandrere", "Befolkningen ellers"], cube.Dimensions[0].Categories.Select(c => c.Label));
        Assert.Equal("Periode", cube.TimeDimension);
        Assert.Equal(1, cube.Decimals);
        Assert.Equal(79.9, Cell(cube, "rest", "2022").Value);
        Assert.Equal(66.0, Cell(cube, "innv", "2023").Value);
    }

    [Fact]
    public void Units_with_different_decimals_give_no_decimals()
    {
        var (cube, diagnostics, _) = ReadText("""
            {
              "version": "2.0",
              "class": "dataset",
              "id": ["ContentsCode"],
              "size": [2],
              "role": {"metric": ["ContentsCode"]},
              "dimension": {
                "ContentsCode": {
                  "category": {
                    "index": ["Personer", "Andel"],
                    "unit": {"Personer": {"base": "personer", "decimals": 0}, "Andel": {"base": "prosent", "decimals": 1}}
                  }
                }
              },
              "value": [1234, 12.3]
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Null(cube!.Decimals);
        Assert.Null(cube.TimeDimension);
        Assert.Equal([1234, 12.3], cube.Cells.Select(c => c!.Value));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "bom.json");
        File.WriteAllText(path, Minimal("[1, 2, 3]", "null"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);
        var diagnostics = new List<Diagnostic>();

        var cube = new JsonStatReader().Read(InputFile.At(path), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal([1d, 2d, 3d], cube!.Cells.Select(c => c!.Value));
    }

    [Fact]
    public void Broken_json_is_bad_json_at_the_one_based_line_and_column()
    {
        var (cube, diagnostics, path) = ReadFixture("broken.json");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceSpan(path, 6, 3), diagnostic.Where);
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}(6,3): error bad-json: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"label\": \"x\",\n}\n", 3, 1)]
    [InlineData("{\n  \"label\": \"x\"\n", 3, 1)]
    [InlineData("{\n  \"value\": [1, 2,, 3]\n}\n", 2, 18)]
    [InlineData("{\n  \"label\": 'x'\n}\n", 2, 12)]
    [InlineData("", 1, 1)]
    public void Broken_json_reports_where_the_parser_stopped(string json, int line, int column)
    {
        var (cube, diagnostics, path) = ReadText(json);

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, line, column), diagnostic.Where);
    }

    [Fact]
    public void Broken_json_column_counts_characters_not_utf8_bytes()
    {
        // Column 29 is the x; æ and ø take two bytes each in UTF-8, so a byte count says 31.
        var (_, diagnostics, path) = ReadText("{\"label\": \"Bærum og Tromsø\" x}\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 1, 29), diagnostic.Where);
    }

    [Fact]
    public void Value_array_of_wrong_length_is_bad_json_stat_at_the_value_line()
    {
        var (cube, diagnostics, path) = ReadFixture("value-wrong-length.json");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 11, 3), diagnostic.Where);
        Assert.Contains("3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_array_of_wrong_length_in_an_ssb_file_points_at_value_not_at_show_value()
    {
        var (cube, diagnostics, path) = ReadSsbWith("    5.2,\n    5.6\n", "    5.2\n");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 117, 3), diagnostic.Where);
    }

    [Fact]
    public void Id_and_size_of_different_lengths_is_bad_json_stat_at_size()
    {
        var (cube, diagnostics, path) = ReadFixture("size-mismatch.json");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 6, 3), diagnostic.Where);
    }

    [Fact]
    public void A_size_that_disagrees_with_the_category_count_is_bad_json_stat_at_that_dimension()
    {
        // "Tid" first appears in role.time (line 12) and id (line 25); the dimension itself is on line 83.
        var (cube, diagnostics, path) = ReadSsbWith("    1,\n    2\n  ],", "    1,\n    3\n  ],");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Contains("«Tid»", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceSpan(path, 83, 5), diagnostic.Where);
    }

    [Fact]
    public void A_text_in_the_value_array_is_bad_json_stat_at_value()
    {
        var (cube, diagnostics, path) = ReadFixture("non-number.json");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 8, 3), diagnostic.Where);
        Assert.Contains("13,1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_in_a_sparse_value_object_is_bad_json_stat()
    {
        var (cube, diagnostics, path) = ReadText(Minimal("{\"1\": \"..\"}", "null"));

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 7, 3), diagnostic.Where);
    }

    [Fact]
    public void A_collection_with_only_linked_datasets_has_no_dataset()
    {
        var (cube, diagnostics, path) = ReadFixture("no-dataset.json");

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 1, 1), diagnostic.Where);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"error\": \"Tabellen finnes ikke\"}")]
    [InlineData("{\"version\": \"2.0\", \"class\": \"dimension\", \"label\": \"år\", \"category\": {\"index\": [\"2023\"]}}")]
    public void A_root_without_any_dataset_is_bad_json_stat(string json)
    {
        var (cube, diagnostics, path) = ReadText(json);

        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-json-stat", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 1, 1), diagnostic.Where);
    }

    [Theory]
    [InlineData("\"status\": null", "\"status\": {\"0\": 1}")]
    [InlineData("\"index\": [\"2021\", \"2022\", \"2023\"]", "\"index\": [2021, 2022, 2023]")]
    [InlineData("\"id\": [\"Tid\"]", "\"id\": [1]")]
    [InlineData("{\"Tid\": {\"category\"", "{\"Tid\": {\"category\": [], \"x\"")]
    public void Members_of_the_wrong_json_type_are_bad_json_stat_not_an_exception(string find, string replace)
    {
        var json = Minimal("[1, 2, 3]", "null");
        Assert.Equal(1, CountOf(json, find));

        var (cube, diagnostics, _) = ReadText(json.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(cube);
        Assert.Equal("bad-json-stat", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Cube_readers_pick_json_stat_for_json_and_report_an_unknown_extension()
    {
        var diagnostics = new List<Diagnostic>();

        var cube = CubeReaders.Read(FixturePath("status-string.json"), diagnostics);
        var unknown = CubeReaders.Read("data/befolkning.ods", diagnostics);

        Assert.Equal("json-stat", cube!.Format);
        Assert.Null(unknown);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("unknown-format", diagnostic.Code);
        Assert.Equal(SourceSpan.ForFile("data/befolkning.ods"), diagnostic.Where);
        Assert.Contains(".ods", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", diagnostic.Message, StringComparison.Ordinal);
    }
}

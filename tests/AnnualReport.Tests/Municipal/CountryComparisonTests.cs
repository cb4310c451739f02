using System.Globalization;
using AnnualReport.Model;
using AnnualReport.Municipal;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Tests.Municipal;

/// <summary>Runs Municipal/Cases/country-comparison.yaml: counts in, rest of the country, p, adjusted p and verdict out.</summary>
public sealed class CountryComparisonTests(MunicipalFixture sample) : IClassFixture<MunicipalFixture>
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "Municipal", "Cases", "country-comparison.yaml");

    public static TheoryData<string> Families()
    {
        var data = new TheoryData<string>();
        foreach (var family in Load())
        {
            data.Add(Scalar(family, "name")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Family_gives_the_worked_results(string name)
    {
        var family = Load().Single(f => Scalar(f, "name") == name);
        var settings = new ComparisonSettings(Number(family, "level")!.Value, ComparisonSettings.Methods[Scalar(family, "method")!]);
        var rows = ((YamlSequenceNode)family.Children[new YamlScalarNode("rows")]).Children.Cast<YamlMappingNode>().ToList();
        Assert.NotEmpty(rows);

        var results = CountryComparison.Family(rows.Select(r => new CountryComparison.Counts(Number(r, "n")!.Value, Number(r, "d")!.Value, Number(r, "N")!.Value, Number(r, "D")!.Value)).ToList(), settings);

        for (var i = 0; i < rows.Count; i++)
        {
            var (row, result) = (rows[i], results[i]);
            var verdict = Scalar(row, "verdict");
            if (verdict == "none")
            {
                Assert.True(result is null, $"{name}, row {i + 1}: expected no comparison");
                continue;
            }

            Assert.True(result is not null, $"{name}, row {i + 1}: no comparison");
            Near(name, i, "rest", Number(row, "rest"), result!.RestRate);
            Near(name, i, "p", Number(row, "p"), result.P);
            Near(name, i, "adjusted", Number(row, "adjusted"), result.AdjustedP);
            Assert.Equal(verdict, result.Verdict switch { Significance.Higher => "higher", Significance.Lower => "lower", _ => "notDifferent" });
        }
    }

    [Fact]
    public void The_country_row_has_no_comparison_and_every_region_has_one_with_counts()
    {
        var analysis = sample.Analysis;
        foreach (var data in analysis.Published.Where(d => d.Indicator.Unit == Unit.Percent))
        {
            foreach (var series in data.Series)
            {
                foreach (var o in series.Observations)
                {
                    var result = series.IsTotal ? null : analysis.Comparison.Find(data.Indicator.Id, series.GroupId, series.Category!, o.Year);
                    if (series.IsTotal || o.Numerator is null)
                    {
                        Assert.Null(result);
                    }
                    else
                    {
                        Assert.NotNull(result);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_spreadsheet_compares_every_region_but_never_the_country_with_itself()
    {
        var phrases = MunicipalFixture.Phrases("nb");
        var sheet = MunicipalTable.Sheet(sample.Catalogue, sample.Analysis, phrases);
        string Word(string key) => phrases.Get("municipal.spreadsheet." + key);
        var (level, comparison) = (sheet.Header.ToList().IndexOf(Word("columns.level")), sheet.Header.ToList().IndexOf(Word("columns.comparison")));
        var rows = sheet.Rows.ToList();

        Assert.All(rows.Where(r => (string)r[level]! == Word("levels.country")), r => Assert.Equal(string.Empty, r[comparison]));
        Assert.Contains(rows, r => (string)r[level]! == Word("levels.county") && (string)r[comparison]! != string.Empty);
        Assert.Contains(rows, r => (string)r[level]! == "Kommune" && ((string)r[comparison]!).StartsWith("høyere enn resten av landet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sheet_flags_no_more_than_its_uncorrected_tests_would()
    {
        var analysis = sample.Analysis;
        var flagged = 0;
        var uncorrected = 0;
        foreach (var row in analysis.FactSheets().SelectMany(s => s.Rows).Where(r => r.Comparison is not null))
        {
            flagged += row.Significance == Significance.NotDifferent ? 0 : 1;
            uncorrected += row.Comparison!.P <= analysis.Comparison.Settings.Level ? 1 : 0;
            Assert.True(row.Comparison.AdjustedP >= row.Comparison.P * (1 - 1e-12), "an adjusted p-value is never below its own");
        }

        Assert.True(flagged <= uncorrected);
        Assert.True(flagged > 0, "the sample should have some real differences");
    }

    private static void Near(string name, int row, string field, double? expected, double actual)
    {
        Assert.True(expected is not null, $"{name}, row {row + 1}: {field} missing in the case");
        Assert.True(Math.Abs(expected!.Value - actual) < 1e-4, $"{name}, row {row + 1}: {field} is {actual}, expected {expected}");
    }

    private static List<YamlMappingNode> Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(System.IO.File.ReadAllText(File)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("families")]).Children.Cast<YamlMappingNode>().ToList();
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static double? Number(YamlMappingNode map, string key) =>
        Scalar(map, key) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : null;
}

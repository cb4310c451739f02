using System.Globalization;
using AnnualReport.Analysis;
using AnnualReport.Model;
using AnnualReport.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Tests.Analysis;

/// <summary>Runs every case in Analysis/Cases: a series with its expected results, worked by hand.</summary>
public sealed class SeriesCaseTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Cases");

    public static TheoryData<string> Cases() => CaseFiles.In(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Series_case_gives_the_expected_results(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, name + ".yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var indicator = ReadIndicator(Map(root, "indicator"));
        var series = TestIndicators.Series("imm", Points(Map(root, "series")!));
        var reference = Map(root, "reference") is { } r ? TestIndicators.Series("rest", Points(r)) : null;

        var result = SeriesAnalyser.Analyse(indicator, series, new Group("imm", "Imm", TestIndicators.Nowhere), reference);

        var expectations = Map(root, "expect")!;
        Assert.NotEmpty(expectations.Children);
        foreach (var (key, value) in expectations.Children)
        {
            var field = ((YamlScalarNode)key).Value!;
            var expected = ((YamlScalarNode)value).Value;
            Check(name, field, expected, result, indicator);
        }
    }

    private static readonly Lazy<AnnualReport.Localization.PhraseBook> Bokmål = new(() => AnnualReport.Localization.PhraseBook.Load(RepositoryPaths.Templates, "nb", new System.Globalization.CultureInfo("nb-NO")));

    private static void Check(string name, string field, string? expected, SeriesResult result, Indicator indicator)
    {
        if (field.StartsWith("why.", StringComparison.Ordinal))
        {
            Assert.True(result.Why.TryGetValue(field[4..], out var reason), $"{name}: no reason given for {field[4..]}");
            Assert.Contains(expected!, AnnualReport.Localization.ReasonText.For(reason, Bokmål.Value));
            return;
        }

        object? actual = field switch
        {
            "latest" => result.Latest?.Value,
            "latestYear" => result.Latest?.Year,
            "change1" => result.Change1,
            "change5" => result.Change5,
            "change10" => result.Change10,
            "changeSinceBreak" => result.SinceBreak?.Change,
            "slope" => result.Trend?.Slope,
            "slopeLow" => result.Trend?.Low,
            "slopeHigh" => result.Trend?.High,
            "direction" => result.Direction is { } d ? DirectionRule.Name(d) : null,
            "gap" => result.Gap,
            "gapRatio" => result.GapRatio,
            "gapChange5" => result.GapChange5,
            "gapChange10" => result.GapChange10,
            "gapTrend" => GapRule.Judge(result, indicator) is { } t ? GapRule.Name(t) : null,
            "goal.distance" => result.Goal?.Distance,
            "goal.projected" => result.Goal?.Projected,
            "goal.onTrack" => result.Goal?.OnTrack,
            "goal.reached" => result.Goal?.Reached,
            _ => throw new InvalidOperationException($"{name}: unknown field {field}"),
        };

        if (expected is null or "null")
        {
            Assert.True(actual is null, $"{name}: {field} should be null but is {actual}");
        }
        else if (actual is bool flag)
        {
            Assert.Equal(bool.Parse(expected), flag);
        }
        else if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Assert.True(actual is not null, $"{name}: {field} is null, expected {expected}");
            Assert.True(Math.Abs(Convert.ToDouble(actual, CultureInfo.InvariantCulture) - number) < 1e-4, $"{name}: {field} is {actual}, expected {expected}");
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    private static Indicator ReadIndicator(YamlMappingNode? map)
    {
        string? Get(string key) => map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
        double? Number(string key) => Get(key) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : null;

        var polarity = Get("polarity") switch { "lowerIsBetter" => Polarity.LowerIsBetter, "neutral" => Polarity.Neutral, _ => Polarity.HigherIsBetter };
        var breaks = map is not null && map.Children.TryGetValue(new YamlScalarNode("breaks"), out var b)
            ? ((YamlSequenceNode)b).Children.Select(y => int.Parse(((YamlScalarNode)y).Value!, CultureInfo.InvariantCulture)).ToList()
            : [];
        PolicyGoal? goal = null;
        if (map is not null && map.Children.TryGetValue(new YamlScalarNode("goal"), out var g) && g is YamlMappingNode goalMap)
        {
            var value = double.Parse(((YamlScalarNode)goalMap.Children[new YamlScalarNode("value")]).Value!, CultureInfo.InvariantCulture);
            var by = goalMap.Children.TryGetValue(new YamlScalarNode("by"), out var year) ? int.Parse(((YamlScalarNode)year).Value!, CultureInfo.InvariantCulture) : (int?)null;
            goal = new PolicyGoal(value, by, "test", null);
        }

        var settings = AnalysisSettings.Default with
        {
            TrendYears = (int)(Number("trendYears") ?? 10),
            StableBelow = Number("stableBelow") ?? 0,
            MinPoints = (int)(Number("minPoints") ?? AnalysisSettings.DefaultMinPoints),
        };
        return TestIndicators.Percent(polarity, (int)(Number("interval") ?? 1), breaks, settings, goal);
    }

    private static YamlMappingNode? Map(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;

    private static IEnumerable<(int, double?)> Points(YamlMappingNode map) =>
        map.Children.Select(p => (
            int.Parse(((YamlScalarNode)p.Key).Value!, CultureInfo.InvariantCulture),
            ((YamlScalarNode)p.Value).Value is "null" or null ? (double?)null : double.Parse(((YamlScalarNode)p.Value).Value!, CultureInfo.InvariantCulture)));
}

using AnnualReport.Analysis;
using AnnualReport.Model;
using AnnualReport.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Tests.Analysis;

/// <summary>Runs every case in Analysis/Cases/disclosure: a linked table and the symbols disclosure control must publish, worked by hand.</summary>
public sealed class DisclosureCaseTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Cases", "disclosure");

    public static TheoryData<string> Cases() => CaseFiles.In(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Disclosure_case_publishes_the_expected_symbols(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, name + ".yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var rules = Rules(root.Children.TryGetValue("rules", out var r) ? (YamlMappingNode)r : null);

        var table = new LinkedTable();
        var cells = new Dictionary<string, (LinkedCell Cell, string? Symbol)>();
        var indices = new Dictionary<string, int>();
        foreach (var (key, value) in ((YamlMappingNode)root["cells"]).Children)
        {
            var cellName = ((YamlScalarNode)key).Value!;
            var parts = ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
            var (n, d) = (double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            var entry = Classify(cellName, n, d, rules, parts.Count > 2 && parts[2] == "unpublished");
            cells[cellName] = entry;
            indices[cellName] = table.AddInner(entry.Cell);
        }

        foreach (var (key, value) in ((YamlMappingNode)root["sums"]).Children)
        {
            var members = ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
            var entry = Classify(((YamlScalarNode)key).Value!, members.Sum(m => cells[m].Cell.Numerator!.Value), members.Sum(m => cells[m].Cell.Denominator!.Value), rules, false);
            cells[entry.Cell.Name] = entry;
            table.AddAggregate(entry.Cell, members.Select(m => indices[m]));
        }

        SecondarySuppression.Protect(table, rules.Protection);

        var expected = (YamlMappingNode)root["expect"];
        Assert.NotEmpty(expected.Children);
        foreach (var (key, value) in expected.Children)
        {
            var (cell, symbol) = cells[((YamlScalarNode)key).Value!];
            var published = cell.State == CellState.Hidden ? symbol ?? ":" : symbol ?? "published";
            Assert.True(((YamlScalarNode)value).Value == published, $"{name}: {cell.Name} is {published}, expected {((YamlScalarNode)value).Value}");
        }

        foreach (var hidden in table.Cells.Where(c => c.State == CellState.Hidden))
        {
            var (low, high) = SecondarySuppression.Bounds(table, hidden);
            Assert.True(high - low >= Math.Min(hidden.Denominator!.Value, rules.Protection) - 1e-6, $"{name}: {hidden.Name} can be narrowed to {low}–{high}");
        }
    }

    private static (LinkedCell Cell, string? Symbol) Classify(string name, double n, double d, DisclosureRules rules, bool unpublished)
    {
        var primary = DisclosureGrid.Primary(n, d, rules, 100);
        var state = unpublished ? CellState.Unpublished : primary?.State ?? CellState.Published;
        return (new LinkedCell(name, n, d, state), unpublished ? null : primary?.Status);
    }

    private static DisclosureRules Rules(YamlMappingNode? map)
    {
        int? Int(string key) => map is not null && map.Children.TryGetValue(key, out var v) ? int.Parse(((YamlScalarNode)v).Value!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var defaults = DisclosureRules.Default;
        return new DisclosureRules(Int("minCount") ?? defaults.MinCount, Int("maxIntervalWidth") ?? (int)defaults.MaxIntervalWidth, Int("protection") ?? defaults.Protection);
    }
}

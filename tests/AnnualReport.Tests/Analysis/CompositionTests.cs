using System.Globalization;
using AnnualReport.Analysis;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Tests.Analysis;

public sealed class CompositionTests
{
    private static (CompositionYear From, CompositionYear To, Dictionary<string, double> Expect) WorkedExample()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "composition-worked-example.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        double Number(YamlNode node) => double.Parse(((YamlScalarNode)node).Value!, CultureInfo.InvariantCulture);

        var years = ((YamlMappingNode)root["years"]).Children.Select(year => CompositionYear.From(
            int.Parse(((YamlScalarNode)year.Key).Value!, CultureInfo.InvariantCulture),
            ((YamlMappingNode)year.Value).Children.ToDictionary(
                c => ((YamlScalarNode)c.Key).Value!,
                c => ((double?)Number(((YamlSequenceNode)c.Value)[0]), (double?)Number(((YamlSequenceNode)c.Value)[1]))))!).ToList();
        var expect = ((YamlMappingNode)root["expect"]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Number(e.Value));
        return (years[0], years[1], expect);
    }

    [Fact]
    public void Crude_rates_are_the_weighted_category_rates()
    {
        var (from, to, expect) = WorkedExample();

        Assert.Equal(expect["crude2015"], from.Crude, 9);
        Assert.Equal(expect["crude2023"], to.Crude, 9);
    }

    [Fact]
    public void Decomposition_matches_the_worked_example_and_adds_up_exactly()
    {
        var (from, to, expect) = WorkedExample();

        var change = Composition.Decompose(from, to)!;

        Assert.Equal(expect["total"], change.Total, 9);
        Assert.Equal(expect["composition"], change.CompositionPart, 9);
        Assert.Equal(expect["outcome"], change.OutcomePart, 9);
        Assert.Equal(change.Total, change.CompositionPart + change.OutcomePart, 12);
    }

    [Fact]
    public void Standardising_to_the_first_year_removes_the_composition_effect()
    {
        var (from, to, expect) = WorkedExample();

        Assert.Equal(expect["standardised2023"], Composition.Standardise(to, from)!.Value, 9);
        Assert.Equal(from.Crude, Composition.Standardise(from, from)!.Value, 9);
    }

    [Fact]
    public void Parts_add_up_for_any_composition()
    {
        var random = new Random(20251121);
        for (var run = 0; run < 200; run++)
        {
            CompositionYear Year(int year) => CompositionYear.From(year, new[] { "a", "b", "c", "d" }.ToDictionary(
                c => c, _ => ((double?)(random.NextDouble() * 100), (double?)random.Next(1, 10_000))))!;
            var (a, b) = (Year(2015), Year(2023));

            var change = Composition.Decompose(a, b)!;

            Assert.Equal(b.Crude - a.Crude, change.CompositionPart + change.OutcomePart, 9);
        }
    }

    [Fact]
    public void Different_categories_cannot_be_decomposed_or_standardised()
    {
        var a = CompositionYear.From(2015, new Dictionary<string, (double?, double?)> { ["x"] = (50, 10), ["y"] = (60, 10) })!;
        var b = CompositionYear.From(2023, new Dictionary<string, (double?, double?)> { ["x"] = (50, 10), ["z"] = (60, 10) })!;

        Assert.Null(Composition.Decompose(a, b));
        Assert.Null(Composition.Standardise(b, a));
        Assert.Null(CompositionYear.From(2023, new Dictionary<string, (double?, double?)> { ["x"] = (null, 10) }));
        Assert.Null(CompositionYear.From(2023, new Dictionary<string, (double?, double?)> { ["x"] = (50, 0) }));
    }
}

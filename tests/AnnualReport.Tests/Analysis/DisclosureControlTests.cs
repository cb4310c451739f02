using AnnualReport.Analysis;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Analysis;

public sealed class DisclosureControlTests
{
    private static readonly DisclosureRules Rules = DisclosureRules.Default;

    private static Observation Cell(int year, double numerator, double denominator) =>
        new(year, "imm", numerator / denominator * 100, null, Provenance.Published, TestIndicators.Nowhere, numerator, denominator);

    private static IndicatorData Breakdown(int year, params (string Category, double Numerator, double Denominator)[] cells)
    {
        var total = new Series("x", "imm", null, null, [Cell(year, cells.Sum(c => c.Numerator), cells.Sum(c => c.Denominator))]);
        var categories = cells.Select(c => new Series("x", "imm", "botid", c.Category, [Cell(year, c.Numerator, c.Denominator)]));
        return new IndicatorData(TestIndicators.Percent(), [total, .. categories]);
    }

    private static Observation Only(IndicatorData data, string? category) =>
        data.Series.Single(s => s.Category == category).Observations.Single();

    [Theory]
    [InlineData(3, 100, true)]
    [InlineData(4, 100, false)]
    [InlineData(97, 100, true)]
    [InlineData(96, 100, false)]
    [InlineData(0, 3, true)]
    [InlineData(0, 0, true)]
    public void Primary_rule_hides_counts_of_three_or_less(double numerator, double denominator, bool hidden)
    {
        Assert.Equal(hidden, DisclosureControl.IsTooSmall(numerator, denominator, 3));
    }

    [Fact]
    public void A_hidden_cell_loses_value_counts_and_interval_and_carries_a_colon()
    {
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 2, 50), ("5-9", 300, 500), ("10+", 600, 800)), Rules);

        var hidden = Only(result, "0-4");
        Assert.Null(hidden.Value);
        Assert.Equal(":", hidden.Status);
        Assert.Null(hidden.Numerator);
        Assert.Null(hidden.Denominator);
        Assert.Null(hidden.Low);
    }

    [Fact]
    public void One_hidden_category_takes_the_smallest_other_with_it()
    {
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 2, 50), ("5-9", 300, 500), ("10+", 600, 800)), Rules);

        Assert.Equal(":", Only(result, "5-9").Status);
        Assert.NotNull(Only(result, "10+").Value);
        Assert.NotNull(Only(result, null).Value);
    }

    [Fact]
    public void Two_hidden_categories_need_no_more()
    {
        // 2 of 50 and 57 of 60 hidden: the total minus the rest gives their sum, 59, which leaves
        // the first anywhere in 0–50 and the second in 9–59, wider than the protection width.
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 2, 50), ("5-9", 57, 60), ("10+", 600, 800), ("20+", 500, 900)), Rules);

        Assert.Equal(2, result.Series.Count(s => s.Observations.Single().Status == ":"));
    }

    [Fact]
    public void Two_hidden_categories_whose_sum_pins_them_down_take_a_third()
    {
        // 2 of 50 and 1 of 60: their sum, 3, would tell that both are tiny (0–3 persons each).
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 2, 50), ("5-9", 1, 60), ("10+", 600, 800), ("20+", 500, 900)), Rules);

        Assert.Equal(3, result.Series.Count(s => s.Observations.Single().Status == ":"));
        Assert.Equal(":", Only(result, "10+").Status);
    }

    [Fact]
    public void A_group_that_sums_others_links_them_like_a_breakdown()
    {
        // all = imm + rest. imm (2 of 50) is confidential; with all and rest published, imm =
        // all − rest, so rest is hidden too.
        var groups = new[] { new Group("imm", "Imm", TestIndicators.Nowhere), new Group("rest", "Rest", TestIndicators.Nowhere), new Group("all", "All", TestIndicators.Nowhere) { SumOf = ["imm", "rest"] } };
        Series Total(string group, double n, double d) => new("x", group, null, null, [Cell(2023, n, d) with { Group = group }]);
        var data = new IndicatorData(TestIndicators.Percent(), [Total("imm", 2, 50), Total("rest", 600, 1000), Total("all", 602, 1050)]);

        var linked = DisclosureControl.Apply(data, Rules, groups);
        var unlinked = DisclosureControl.Apply(data, Rules);

        Assert.Equal(":", linked.Series.Single(s => s.GroupId == "rest").Observations.Single().Status);
        Assert.NotNull(linked.Series.Single(s => s.GroupId == "all").Observations.Single().Value);
        Assert.NotNull(unlinked.Series.Single(s => s.GroupId == "rest").Observations.Single().Value);
    }

    [Fact]
    public void A_rate_from_counts_carries_no_more_digits_than_are_published()
    {
        // 1234 of 4321 is 28.558204…%: six decimals would name the fraction (and so the counts);
        // every later use (charts, sparklines, analysis.json) sees the published value only.
        var indicator = TestIndicators.Percent();
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 1234, 4321), ("5-9", 3000, 5000), ("10+", 6000, 8000)), Rules);

        var value = Only(result, "0-4").Value!.Value;
        Assert.Equal(Math.Round(1234.0 / 4321 * 100, indicator.Decimals, MidpointRounding.AwayFromZero), value);
        Assert.Equal(value, Math.Round(value, indicator.Decimals));
    }

    [Fact]
    public void Zero_of_zero_is_not_applicable_not_confidential()
    {
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 0, 0), ("5-9", 300, 500), ("10+", 600, 800)), Rules);

        var none = Only(result, "0-4");
        Assert.Equal(".", none.Status);
        Assert.Null(none.Value);
        Assert.Null(none.Numerator);
        Assert.NotNull(Only(result, "5-9").Value);
    }

    [Fact]
    public void Proportions_get_a_wilson_interval_and_wide_ones_are_too_uncertain()
    {
        var result = DisclosureControl.Apply(Breakdown(2023, ("0-4", 10, 20), ("5-9", 400, 800), ("10+", 4000, 8000)), Rules);

        var uncertain = Only(result, "0-4");
        Assert.Null(uncertain.Value);
        Assert.Equal("..", uncertain.Status);
        var precise = Only(result, "10+");
        Assert.Equal(50, precise.Value);

        // Wilson gives 48.90–51.10; published outward in whole points, so no count can be worked back.
        Assert.Equal((48.0, 52.0), (precise.Low!.Value, precise.High!.Value));
    }

    [Fact]
    public void No_published_table_lets_a_suppressed_cell_be_derived()
    {
        var random = new Random(357);
        for (var run = 0; run < 500; run++)
        {
            var cells = Enumerable.Range(0, random.Next(2, 7))
                .Select(i => { var d = random.Next(0, 40); return ($"c{i}", (double)random.Next(0, d + 1), (double)d); })
                .ToArray();

            var result = DisclosureControl.Apply(Breakdown(2023, cells), Rules);

            // With the total published, one hidden category alone could be worked out by
            // subtraction; two or more hidden reveal only their sum.
            var hidden = result.Series.Where(s => !s.IsTotal).Count(s => s.Observations.Single().Status is ":" or "..");
            var totalPublished = result.Series.Single(s => s.IsTotal).Observations.Single().Status is not (":" or "..");
            Assert.True(hidden != 1 || !totalPublished, $"run {run}: exactly one suppressed category in ({string.Join(", ", cells)})");
            Assert.All(result.Series.SelectMany(s => s.Observations).Where(o => o.Status is ":" or ".."), o => Assert.Null(o.Numerator));
        }
    }
}

using AnnualReport.Analysis;

namespace AnnualReport.Tests.Analysis;

/// <summary>
/// The linear programs and the secondary suppression on hand-made linked tables, each small
/// enough to check with pencil and paper.
/// </summary>
public sealed class LinkedSuppressionTests
{
    private static LinkedCell Cell(string name, double n, double d, CellState state = CellState.Published) => new(name, n, d, state);

    [Fact]
    public void The_simplex_finds_the_bounds_of_a_variable_in_a_sum()
    {
        // x0 + x1 = 7, x0 ≤ 10, x1 ≤ 3: x0 lies in 4–7.
        var simplex = BoundedSimplex.Feasible([[0, 1]], [7], [10, 3])!;

        Assert.Equal(4, simplex.MinimumOf([0]), 9);
        Assert.Equal(7, simplex.MaximumOf([0], double.PositiveInfinity), 9);
    }

    [Fact]
    public void The_simplex_combines_crossing_sums()
    {
        // A 2 × 2 table with known margins: x0 + x1 = 5, x2 + x3 = 5, x0 + x2 = 6, x1 + x3 = 4,
        // each at most 5: x0 lies in 1–5.
        var simplex = BoundedSimplex.Feasible([[0, 1], [2, 3], [0, 2], [1, 3]], [5, 5, 6, 4], [5, 5, 5, 5])!;

        Assert.Equal(1, simplex.MinimumOf([0]), 9);
        Assert.Equal(5, simplex.MaximumOf([0], double.PositiveInfinity), 9);
    }

    [Fact]
    public void Sums_that_cannot_hold_have_no_feasible_basis()
    {
        Assert.Null(BoundedSimplex.Feasible([[0, 1]], [20], [5, 5]));
    }

    [Fact]
    public void A_county_and_a_comparison_group_together_pin_down_what_neither_does_alone()
    {
        // Two counties (A: a1, a2, a3; B: b1, b2) and two comparison groups (small: a1, b1; large:
        // the rest). a1 (2 of 40) is confidential. Hiding a2 as well protects it within county A,
        // but group "small" then gives a1 = small − b1 unless b1 is hidden too.
        var table = new LinkedTable();
        var a1 = table.AddInner(Cell("a1", 2, 40, CellState.Hidden));
        var a2 = table.AddInner(Cell("a2", 30, 60));
        var a3 = table.AddInner(Cell("a3", 300, 600));
        var b1 = table.AddInner(Cell("b1", 20, 50));
        var b2 = table.AddInner(Cell("b2", 400, 800));
        table.AddAggregate(Cell("A", 332, 700), [a1, a2, a3]);
        table.AddAggregate(Cell("B", 420, 850), [b1, b2]);
        table.AddAggregate(Cell("small", 22, 90), [a1, b1]);
        table.AddAggregate(Cell("large", 730, 1460), [a2, a3, b2]);

        var added = SecondarySuppression.Protect(table, 4);

        Assert.NotEmpty(added);
        foreach (var hidden in table.Cells.Where(c => c.State == CellState.Hidden))
        {
            var (low, high) = SecondarySuppression.Bounds(table, hidden);
            Assert.True(high - low >= Math.Min(hidden.Denominator!.Value, 4) - 1e-6, $"{hidden.Name}: {low}–{high}");
        }

        // The large cells stay: hiding a2 and b1 (and b2, b1's only partner in county B) is enough.
        Assert.Equal(CellState.Published, table.Inner[a3].State);
    }

    [Fact]
    public void A_rate_without_counts_alone_hidden_in_its_breakdown_takes_another_with_it()
    {
        var table = new LinkedTable();
        var men = table.AddInner(new LinkedCell("menn", null, null, CellState.Hidden));
        var women = table.AddInner(new LinkedCell("kvinner", null, null, CellState.Published));
        table.AddAggregate(new LinkedCell("i alt", null, null, CellState.Published), [men, women]);

        SecondarySuppression.Protect(table, 4);

        Assert.Equal(CellState.Hidden, table.Inner[women].State);
    }

    [Fact]
    public void A_figure_never_published_is_not_protected_but_counts_in_its_sum()
    {
        // The old code of a split municipality (unpublished, 60 of 100) and a confidential cell
        // (2 of 30) in a county of 62: the old code's figure leaves the hidden cell 0–30.
        var table = new LinkedTable();
        var old = table.AddInner(Cell("1507", 60, 100, CellState.Unpublished));
        var small = table.AddInner(Cell("x", 2, 30, CellState.Hidden));
        table.AddAggregate(Cell("county", 62, 130), [old, small]);

        Assert.Empty(SecondarySuppression.Protect(table, 4));
        var (low, high) = SecondarySuppression.Bounds(table, table.Inner[small]);
        Assert.Equal((0.0, 30.0), (low, high));
    }

    [Theory]
    [InlineData(30, 41, 1)]
    [InlineData(591, 1225, 1)]
    [InlineData(4000, 8000, 1)]
    [InlineData(20000, 108000, 1)]
    public void Published_limits_are_whole_units_rounded_outward(double n, double d, int decimals)
    {
        var wilson = WilsonInterval.Of(n, d)!.Value;
        if (PublishedInterval.For(n, d, decimals, 100) is { } limits)
        {
            Assert.Equal(Math.Floor(wilson.Low * 100), limits.Low);
            Assert.Equal(Math.Ceiling(wilson.High * 100), limits.High);
            Assert.False(PublishedInterval.GivesCountBack(Math.Round(n / d * 100, decimals, MidpointRounding.AwayFromZero), decimals, limits.Low, limits.High, 100));
        }
    }

    [Fact]
    public void Limits_that_would_give_the_count_back_are_withheld()
    {
        // Among proportions with denominators 20–119, some value-and-limits combinations fit one
        // count only; those are exactly the ones withheld.
        var withheld = 0;
        for (var d = 20; d < 120; d++)
        {
            for (var n = 4; n <= d - 4; n += 3)
            {
                var value = Math.Round(n * 100.0 / d, 1, MidpointRounding.AwayFromZero);
                var limits = PublishedInterval.Limits(n, d, 100)!.Value;
                var unique = PublishedInterval.GivesCountBack(value, 1, limits.Low, limits.High, 100);
                Assert.Equal(unique, PublishedInterval.For(n, d, 1, 100) is null);
                withheld += unique ? 1 : 0;
            }
        }

        // Small denominators are given back often; larger ones hardly ever.
        Assert.InRange(withheld, 1, 1999);
    }
}

using AnnualReport.Comparing;

namespace AnnualReport.Tests.Comparing;

/// <summary>Which change a derived change is listed under, and when it stands on its own.</summary>
public sealed class DerivedGroupingTests
{
    private static readonly SeriesKey Immigrants = new("a", "innvandrere", null, null);
    private static readonly SeriesKey Others = new("a", "ovrige", null, null);

    [Fact]
    public void A_derived_change_without_a_changed_figure_is_reported_on_its_own()
    {
        var old = With(Snapshots.Build(("arbeid", ["a"])), (Immigrants, 1.0, "\"increasing\""));
        var @new = With(Snapshots.Build(("arbeid", ["a"])), (Immigrants, 1.0, "\"stable\""));

        var change = Assert.Single(BuildDiffer.Compare(old, @new).Changes);

        Assert.Equal((ChangeKind.DerivedChanged, "direction", "innvandrere"), (change.Kind, change.Where.Field, change.Where.Group));
        Assert.Equal(("\"increasing\"", "\"stable\""), (change.Old?.ToString(), change.New?.ToString()));
    }

    [Fact]
    public void A_gap_moved_by_the_reference_groups_figure_is_listed_under_that_figure()
    {
        var old = With(Snapshots.Build(("arbeid", ["a"])), (Immigrants, 1.0, "-10"), (Others, 11.0, "null"));
        var @new = With(Snapshots.Build(("arbeid", ["a"])), (Immigrants, 1.0, "-11"), (Others, 12.0, "null"));

        var change = Assert.Single(BuildDiffer.Compare(old, @new).Changes);

        Assert.Equal((ChangeKind.FigureChanged, "ovrige"), (change.Kind, change.Where.Group));
        var derived = Assert.Single(change.Derived);
        Assert.Equal((ChangeKind.DerivedChanged, "innvandrere", "direction"), (derived.Kind, derived.Where.Group, derived.Where.Field));
    }

    [Fact]
    public void The_text_of_an_indicator_moved_to_another_theme_goes_with_the_move()
    {
        TextBlockSnapshot Block(string page) => new(page, "Tittel", "b", null, TextOrigin.Curated, "Kuratert tekst om b.");
        var old = Snapshots.Build(("arbeid", ["a", "b"]), ("helse", ["c"])) with { Blocks = [Block("arbeid.html")] };
        var @new = Snapshots.Build(("arbeid", ["a"]), ("helse", ["c", "b"])) with { Blocks = [Block("helse.html")] };

        var change = Assert.Single(BuildDiffer.Compare(old, @new).Changes);

        Assert.Equal((ChangeKind.IndicatorMoved, "arbeid", "helse"), (change.Kind, change.Old, change.New));
        Assert.Equal([ChangeKind.TextAdded, ChangeKind.TextRemoved], change.Derived.Select(d => d.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Curated_words_that_changed_as_the_generated_ones_did_are_the_figures_doing_and_other_words_are_not()
    {
        static TextBlockSnapshot Text(TextOrigin origin, string text) => new("arbeid.html", "Tittel", "a", null, origin, text);
        var old = With(Snapshots.Build(("arbeid", ["a"])), (Immigrants, 1.0, "\"improving\"")) with
        {
            Blocks = [Text(TextOrigin.Generated, "Utvikling: bedre"), Text(TextOrigin.Curated, "Utviklingen er likevel bedre."), Text(TextOrigin.Curated, "Forskjellen er stor.")],
        };
        var @new = With(Snapshots.Build(("arbeid", ["a"])), (Immigrants, 2.0, "\"stable\"")) with
        {
            Blocks = [Text(TextOrigin.Generated, "Utvikling: uendret"), Text(TextOrigin.Curated, "Utviklingen er likevel uendret."), Text(TextOrigin.Curated, "Forskjellen er betydelig.")],
        };

        var changes = BuildDiffer.Compare(old, @new).Changes;

        Assert.Equal([ChangeKind.FigureChanged, ChangeKind.TextChanged], changes.Select(c => c.Kind));
        Assert.Equal(["Utvikling: uendret", "Utviklingen er likevel uendret."], changes[0].Derived.Where(d => d.Kind == ChangeKind.TextChanged).Select(d => d.New));
        Assert.Equal("Forskjellen er betydelig.", changes[1].New);
    }

    private static BuildSnapshot With(BuildSnapshot build, params (SeriesKey Key, double Value, string Direction)[] series) => build with
    {
        Series = series.ToDictionary(
            s => s.Key,
            s => new SeriesSnapshot(s.Key, new Dictionary<int, FigureCell> { [2024] = new(s.Value, null) }, new Dictionary<string, string> { ["direction"] = s.Direction })),
    };
}

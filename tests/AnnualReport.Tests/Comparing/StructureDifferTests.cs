using AnnualReport.Comparing;

namespace AnnualReport.Tests.Comparing;

/// <summary>Indicators and themes added, removed and moved, and what of theirs is listed under them.</summary>
public sealed class StructureDifferTests
{
    [Fact]
    public void Added_removed_and_moved_indicators_and_themes_are_reported_once_each()
    {
        var old = Snapshots.Build(("arbeid", ["a", "b", "c", "d"]), ("helse", ["e"]), ("bolig", ["f"]));
        var @new = Snapshots.Build(("bolig", ["f"]), ("arbeid", ["b", "x", "c", "a"]), ("fellesskap", ["e"]));

        var changes = BuildDiffer.Compare(old, @new).Changes;

        Assert.Equal(
            [
                ("theme-moved", "bolig", null),
                ("indicator-added", "arbeid", "x"),
                ("indicator-moved", "arbeid", "a"),
                ("indicator-removed", "arbeid", "d"),
                ("theme-added", "fellesskap", null),
                ("indicator-moved", "fellesskap", "e"),
                ("theme-removed", "helse", null),
            ],
            changes.Select(c => (c.Kind, c.Where.Theme, c.Where.Indicator)));
        Assert.Equal(("helse", "fellesskap"), (changes[5].Old, changes[5].New));
    }

    [Fact]
    public void The_figures_of_an_added_indicator_are_listed_under_it()
    {
        var old = Snapshots.Build(("arbeid", ["a"]));
        var @new = Snapshots.Build(("arbeid", ["a", "x"])) with
        {
            Series = new Dictionary<SeriesKey, SeriesSnapshot>
            {
                [new("x", "innvandrere", null, null)] = new(new("x", "innvandrere", null, null), new Dictionary<int, FigureCell> { [2024] = new(1.5, null) }, new Dictionary<string, string>()),
            },
        };

        var change = Assert.Single(BuildDiffer.Compare(old, @new).Changes);

        Assert.Equal(ChangeKind.IndicatorAdded, change.Kind);
        var figure = Assert.Single(change.Derived);
        Assert.Equal((ChangeKind.FigureAdded, 2024), (figure.Kind, figure.Where.Year));
        Assert.Equal(new FigureCell(1.5, null), figure.New);
    }
}

using AnnualReport.Comparing;
using AnnualReport.Model;

namespace AnnualReport.Tests.Comparing;

/// <summary>Figures of a series published by quarter are compared by their period's code, also when the series changed from years to quarters between the builds.</summary>
public sealed class PeriodFigureDiffTests
{
    private static readonly SeriesKey Key = new("ledighet", "norge", null, null);

    private static BuildSnapshot Build(int perYear, params (int Place, double Value)[] points) => new()
    {
        Folder = "x",
        Language = "nb",
        Series = new Dictionary<SeriesKey, SeriesSnapshot>
        {
            [Key] = new(Key, points.ToDictionary(p => p.Place, p => new FigureCell(p.Value, null)), new Dictionary<string, string>()) { PerYear = perYear },
        },
        Summaries = new Dictionary<string, (string?, string?, string)>(),
        Themes = [],
        Indicators = [],
        Blocks = [],
        Downloads = new Dictionary<string, IReadOnlyList<string>>(),
        Charts = new Dictionary<string, ChartSnapshot>(),
    };

    private static List<BuildChange> Diff(BuildSnapshot old, BuildSnapshot @new)
    {
        var changes = new List<BuildChange>();
        FigureDiffer.Compare(old, @new, _ => "arbeid", new ChangeCauses(_ => "arbeid"), (change, _) => changes.Add(change));
        return changes;
    }

    private static int Q(int year, int quarter) => PeriodAxis.Ordinal(new PeriodCode(year, 4, quarter), 4);

    [Fact]
    public void A_changed_quarter_is_named_by_its_code_and_calendar_year()
    {
        var change = Assert.Single(Diff(Build(4, (Q(2024, 2), 5.5), (Q(2024, 3), 5.9)), Build(4, (Q(2024, 2), 5.5), (Q(2024, 3), 6.1))));

        Assert.Equal(ChangeKind.FigureChanged, change.Kind);
        Assert.Equal(("2024Q3", 2024), (change.Where.Period, change.Where.Year!.Value));
    }

    [Fact]
    public void A_series_that_became_quarterly_has_its_years_removed_and_its_quarters_added()
    {
        var changes = Diff(Build(1, (2023, 6.0), (2024, 5.8)), Build(4, (Q(2024, 1), 5.9), (Q(2024, 2), 5.5)));

        Assert.Equal(["2023", "2024"], changes.Where(c => c.Kind == ChangeKind.FigureRemoved).Select(c => c.Where.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["2024Q1", "2024Q2"], changes.Where(c => c.Kind == ChangeKind.FigureAdded).Select(c => c.Where.Period));
        Assert.DoesNotContain(changes, c => c.Where.Year is < 1000 or > 9999);
    }
}
